package vn.lienthong.gateway.security.demo;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.security.auth.x500.X500Principal;

import vn.lienthong.gateway.store.PackageDigest;

/**
 * The credentials published with the project for the demo, the quick start and the tests: anyone can read them, so
 * they protect nothing. Kept in one place so that the guard and its test agree on the list.
 */
public final class DemoCredentials {

    /** The API keys of {@code samples/connectors/} and {@code samples/demo/} (DemoNetwork's partners). */
    static final List<String> API_KEYS = List.of("demo-so-gddt-key", "demo-thach-ha-key", "demo-bo-gddt-key",
            "demo-phan-dinh-phung-key", "demo-can-loc-key", "demo-vpcp-key", "demo-so-noi-vu-key",
            "demo-nguyen-du-key");
    /** The password of every keystore of {@code certs-sample/}. */
    static final String KEYSTORE_PASSWORD = "changeit";
    /** The organisation of every CA of {@code certs-sample/}, whose private keys are committed. */
    static final String TEST_PKI_ORGANISATION = "Lienthong TEST ONLY";
    /** The platform secrets of the demo launcher and of SimulatorMain. */
    static final List<String> PLATFORM_SECRETS = List.of("demo-only-vdxp-secret", "demo-only-lgsp-secret",
            "demo-vdxp-secret", "demo-lgsp-secret");

    private static final Map<String, String> API_KEY_BY_HASH = API_KEYS.stream().collect(Collectors.toUnmodifiableMap(
            key -> PackageDigest.sha256Hex(key.getBytes(StandardCharsets.UTF_8)), Function.identity()));

    private DemoCredentials() {
    }

    /** The demo API key whose SHA-256 is {@code sha256Hex}, if it is one. */
    static Optional<String> apiKeyWithHash(String sha256Hex) {
        return Optional.ofNullable(sha256Hex).map(API_KEY_BY_HASH::get);
    }

    /** Tells whether the certificate was issued by (or is) a CA of the committed test PKI. */
    static boolean fromTestPki(X509Certificate certificate) {
        return inTestPki(certificate.getSubjectX500Principal()) || inTestPki(certificate.getIssuerX500Principal());
    }

    private static boolean inTestPki(X500Principal principal) {
        try {
            return new LdapName(principal.getName(X500Principal.RFC2253)).getRdns().stream()
                    .anyMatch(rdn -> "O".equalsIgnoreCase(rdn.getType())
                            && TEST_PKI_ORGANISATION.equals(String.valueOf(rdn.getValue())));
        } catch (InvalidNameException e) {
            return false;
        }
    }
}
