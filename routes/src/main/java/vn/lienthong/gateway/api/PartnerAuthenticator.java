package vn.lienthong.gateway.api;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.gateway.connector.ConnectorRegistry;
import vn.lienthong.gateway.store.PackageDigest;

/**
 * Maps the credentials of a partner request, its {@code X-API-Key} and/or its verified TLS client certificate, to
 * the one connector they are bound to.
 */
@Component
public class PartnerAuthenticator {

    public static final String API_KEY_HEADER = "X-API-Key";

    private final ConnectorRegistry connectors;

    public PartnerAuthenticator(ConnectorRegistry connectors) {
        this.connectors = connectors;
    }

    /**
     * Only SHA-256 values are compared: connector files never hold a key, and name a certificate by its fingerprint.
     * Every credential presented must be bound, and all of them to the same connector.
     */
    public ConnectorDefinition authenticate(PartnerCredentials credentials) {
        Optional<ConnectorDefinition> byKey = credentials.hasApiKey()
                ? Optional.of(byApiKey(credentials.apiKey())) : Optional.empty();
        Optional<ConnectorDefinition> byCertificate = Optional.ofNullable(credentials.clientCertificate())
                .map(certificate -> byCertificate(fingerprint(certificate)));
        if (byKey.isPresent() && byCertificate.isPresent() && !byKey.get().id().equals(byCertificate.get().id())) {
            throw new PartnerAuthenticationException("the " + API_KEY_HEADER + " and the TLS client certificate are "
                    + "bound to different connectors; present the credentials of one partner only");
        }
        return byKey.or(() -> byCertificate).orElseThrow(() -> new PartnerAuthenticationException("missing "
                + API_KEY_HEADER + " header (or a TLS client certificate on the gateway's mutual-TLS port)"));
    }

    private ConnectorDefinition byApiKey(String apiKey) {
        String hash = PackageDigest.sha256Hex(apiKey.strip().getBytes(StandardCharsets.UTF_8));
        return connectors.byApiKeyHash(hash).orElseThrow(() -> new PartnerAuthenticationException("the "
                + API_KEY_HEADER + " is not bound to any connector"));
    }

    /** The fingerprint is the client's own certificate, so naming it helps its integrator and reveals nothing. */
    private ConnectorDefinition byCertificate(String sha256) {
        return connectors.byClientCertificateHash(sha256).orElseThrow(() -> new PartnerAuthenticationException(
                "the TLS client certificate (SHA-256 " + sha256 + ") is not bound to any connector "
                        + "(inbound.client-certificate-sha256)"));
    }

    private static String fingerprint(X509Certificate certificate) {
        try {
            return PackageDigest.sha256Hex(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new PartnerAuthenticationException("the TLS client certificate cannot be encoded: " + e.getMessage());
        }
    }
}
