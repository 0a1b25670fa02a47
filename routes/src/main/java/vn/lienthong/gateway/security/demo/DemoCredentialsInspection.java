package vn.lienthong.gateway.security.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import vn.lienthong.connectors.config.ConnectorError;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.gateway.signature.SigningProperties;

/**
 * Looks through the gateway's configuration for {@link DemoCredentials} and writes one finding per use, naming the
 * setting, the credential and what to do. Unreadable files are skipped: the components that use them report those.
 */
final class DemoCredentialsInspection {

    private final List<String> findings = new ArrayList<>();

    /**
     * API key hashes of the sample files, and platform secrets of the demo, named by {@code *-env} options or by
     * {@code inbound.vdxp.secret-env}.
     */
    DemoCredentialsInspection connectors(List<ConnectorDefinition> connectors, UnaryOperator<String> environment) {
        for (ConnectorDefinition connector : connectors) {
            for (ConnectorError error : demoCredentialsOf(connector, environment)) {
                findings.add("connector " + connector.id() + " (" + error.file() + "): " + error.field() + " "
                        + error.message());
            }
        }
        return this;
    }

    /** The demo credentials of one connector, as errors that name its file and field. */
    static List<ConnectorError> demoCredentialsOf(ConnectorDefinition connector, UnaryOperator<String> environment) {
        String file = connector.sourceFile() == null ? "no file" : connector.sourceFile().getFileName().toString();
        List<ConnectorError> errors = new ArrayList<>();
        DemoCredentials.apiKeyWithHash(connector.apiKeySha256()).ifPresent(key -> errors.add(new ConnectorError(file,
                "inbound.api-key-sha256", "is the hash of the demo API key \"" + key + "\" published in samples/; "
                        + "give the partner a new key (openssl rand -hex 32) and put its SHA-256 there")));
        for (Map.Entry<String, String> option : connector.options().entrySet()) {
            String value = option.getKey().endsWith("-env") ? environment.apply(option.getValue()) : null;
            if (value != null && DemoCredentials.PLATFORM_SECRETS.contains(value)) {
                errors.add(new ConnectorError(file, "options." + option.getKey(), "names the environment variable "
                        + option.getValue() + ", which holds a demo-only platform secret; set the secret the "
                        + "platform issued to you"));
            }
        }
        if (connector.vdxpInbound() != null
                && DemoCredentials.PLATFORM_SECRETS.contains(environment.apply(connector.vdxpInbound().secretEnv()))) {
            errors.add(new ConnectorError(file, "inbound.vdxp.secret-env", "names the environment variable "
                    + connector.vdxpInbound().secretEnv() + ", which holds a demo-only platform secret; give system "
                    + connector.vdxpInbound().systemId() + " a secret of its own (openssl rand -hex 32)"));
        }
        return errors;
    }

    DemoCredentialsInspection signingKeys(List<SigningProperties.Key> keys) {
        for (int i = 0; i < keys.size(); i++) {
            SigningProperties.Key key = keys.get(i);
            String setting = "lienthong.signing.keys[" + i + "]";
            if (DemoCredentials.KEYSTORE_PASSWORD.equals(key.password())) {
                findings.add(setting + ".password is \"" + DemoCredentials.KEYSTORE_PASSWORD + "\", the password of "
                        + "the sample keystores; protect the organisation's key with a password of its own");
            }
            if (key.keystore() != null && anyFromTestPki(keyStoreCertificates(key.keystore(), key.password()))) {
                findings.add(setting + ".keystore " + key.keystore() + " holds a key of the test PKI of "
                        + "certs-sample/, whose private keys are public; use the organisation's own key and certificate");
            }
        }
        return this;
    }

    DemoCredentialsInspection trustAnchors(List<Path> anchors) {
        return trustAnchors("lienthong.trust.anchors", anchors);
    }

    /** The same for another list of anchors, named by its {@code property} (e.g. the PDF signers' CAs). */
    DemoCredentialsInspection trustAnchors(String property, List<Path> anchors) {
        for (Path anchor : anchors) {
            if (anyFromTestPki(pemCertificates(anchor))) {
                findings.add(property + ": " + anchor + " holds a CA of the test PKI of certs-sample/, "
                        + "whose private key is public: anyone could sign as any agency; trust your real CAs only");
            }
        }
        return this;
    }

    /** The mutual-TLS port's server key and the CAs it trusts for client certificates. */
    DemoCredentialsInspection tlsBundle(String name, KeyStore keyStore, String keyStorePassword, KeyStore trustStore) {
        String setting = "lienthong.tls.bundle (spring.ssl.bundle." + name + ")";
        if (DemoCredentials.KEYSTORE_PASSWORD.equals(keyStorePassword)) {
            findings.add(setting + ": the keystore password is \"" + DemoCredentials.KEYSTORE_PASSWORD + "\", the "
                    + "password of the sample keystores; protect the server key with a password of its own");
        }
        if (anyFromTestPki(certificates(keyStore))) {
            findings.add(setting + ": the keystore holds the TLS key of the test PKI of certs-sample/, whose private "
                    + "key is public; use a server certificate from your CA");
        }
        if (anyFromTestPki(certificates(trustStore))) {
            findings.add(setting + ": the truststore trusts a CA of the test PKI of certs-sample/, whose private key "
                    + "is public: anyone could present a client certificate; trust the partners' real CAs only");
        }
        return this;
    }

    List<String> findings() {
        return List.copyOf(findings);
    }

    private static boolean anyFromTestPki(Collection<X509Certificate> certificates) {
        return certificates.stream().anyMatch(DemoCredentials::fromTestPki);
    }

    private static List<X509Certificate> keyStoreCertificates(Path file, String password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password == null ? new char[0] : password.toCharArray());
            return certificates(store);
        } catch (IOException | GeneralSecurityException e) {
            return List.of();
        }
    }

    private static List<X509Certificate> certificates(KeyStore store) {
        List<X509Certificate> certificates = new ArrayList<>();
        if (store == null) {
            return certificates;
        }
        try {
            for (String alias : Collections.list(store.aliases())) {
                Certificate[] chain = store.getCertificateChain(alias);
                for (Certificate certificate : chain != null ? chain : new Certificate[] {store.getCertificate(alias)}) {
                    if (certificate instanceof X509Certificate x509) {
                        certificates.add(x509);
                    }
                }
            }
        } catch (GeneralSecurityException e) {
            // An unreadable store is the TLS connector's to report.
        }
        return certificates;
    }

    private static List<X509Certificate> pemCertificates(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .filter(X509Certificate.class::isInstance).map(X509Certificate.class::cast).toList();
        } catch (IOException | GeneralSecurityException e) {
            return List.of();
        }
    }
}
