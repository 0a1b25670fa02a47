package vn.lienthong.gateway.security;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.apache.tomcat.util.net.SSLHostConfigCertificate;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslOptions;
import org.springframework.boot.ssl.SslStoreBundle;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;

/**
 * Builds the second Tomcat connector: HTTPS from an SSL bundle, with client certificates required and verified
 * against the bundle's truststore. Spring Boot applies bundles to the main connector only, which stays plain HTTP.
 */
final class PartnerTlsConnector {

    private PartnerTlsConnector() {
    }

    /** A connector on {@code port} that completes no handshake without a client certificate the bundle trusts. */
    static Connector create(int port, String bundleName, SslBundle bundle) {
        SslStoreBundle stores = bundle.getStores();
        if (stores.getKeyStore() == null) {
            throw new IllegalStateException("lienthong.tls.bundle: SSL bundle \"" + bundleName + "\" has no keystore; "
                    + "set spring.ssl.bundle.jks." + bundleName + ".keystore.location (PKCS#12) to the server's key");
        }
        if (stores.getTrustStore() == null) {
            throw new IllegalStateException("lienthong.tls.bundle: SSL bundle \"" + bundleName + "\" has no truststore; "
                    + "set spring.ssl.bundle.jks." + bundleName + ".truststore.location (or the pem bundle's "
                    + "truststore.certificate) to the CA certificates partners' client certificates are issued by");
        }
        Connector connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
        connector.setPort(port);
        connector.setScheme("https");
        connector.setSecure(true);
        AbstractHttp11Protocol<?> protocol = (AbstractHttp11Protocol<?>) connector.getProtocolHandler();
        protocol.setSSLEnabled(true);
        protocol.addSslHostConfig(hostConfig(protocol.getDefaultSSLHostConfigName(), bundle));
        return connector;
    }

    private static SSLHostConfig hostConfig(String hostName, SslBundle bundle) {
        SSLHostConfig host = new SSLHostConfig();
        host.setHostName(hostName);
        host.setSslProtocol(bundle.getProtocol());
        host.setCertificateVerification("required");
        host.setTrustStore(bundle.getStores().getTrustStore());
        SslOptions options = bundle.getOptions();
        if (options.getEnabledProtocols() != null) {
            host.setProtocols(String.join(",", options.getEnabledProtocols()));
        }
        if (options.getCiphers() != null) {
            host.setCiphers(String.join(",", options.getCiphers()));
        }
        SSLHostConfigCertificate certificate = new SSLHostConfigCertificate(host, SSLHostConfigCertificate.Type.UNDEFINED);
        certificate.setCertificateKeystore(bundle.getStores().getKeyStore());
        String storePassword = bundle.getStores().getKeyStorePassword();
        certificate.setCertificateKeystorePassword(storePassword == null ? "" : storePassword);
        if (bundle.getKey().getPassword() != null) {
            certificate.setCertificateKeyPassword(bundle.getKey().getPassword());
        }
        if (bundle.getKey().getAlias() != null) {
            certificate.setCertificateKeyAlias(bundle.getKey().getAlias());
        }
        host.addCertificate(certificate);
        return host;
    }
}
