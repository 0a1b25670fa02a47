package vn.lienthong.gateway.api;

import org.springframework.stereotype.Component;

import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.gateway.connector.ConnectorRegistry;
import vn.lienthong.gateway.store.PackageDigest;

import java.nio.charset.StandardCharsets;

/** Maps the {@code X-API-Key} of a partner request to the one connector it is bound to. */
@Component
public class PartnerAuthenticator {

    public static final String API_KEY_HEADER = "X-API-Key";

    private final ConnectorRegistry connectors;

    public PartnerAuthenticator(ConnectorRegistry connectors) {
        this.connectors = connectors;
    }

    /** Only the key's SHA-256 is compared: connector files never hold the key itself. */
    public ConnectorDefinition authenticate(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new PartnerAuthenticationException("missing " + API_KEY_HEADER + " header");
        }
        String hash = PackageDigest.sha256Hex(apiKey.strip().getBytes(StandardCharsets.UTF_8));
        return connectors.byApiKeyHash(hash)
                .orElseThrow(() -> new PartnerAuthenticationException("the " + API_KEY_HEADER
                        + " is not bound to any connector"));
    }
}
