package vn.lienthong.gateway.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adds the partners' mutual-TLS port when {@code lienthong.tls.port} is set; the plain port is left as it is. */
@Configuration(proxyBeanMethods = false)
public class PartnerTlsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PartnerTlsConfiguration.class);

    @Bean
    @ConditionalOnProperty("lienthong.tls.port")
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> partnerTlsConnector(PartnerTlsProperties tls,
                                                                                  SslBundles bundles) {
        SslBundle bundle = bundle(tls, bundles);
        return factory -> {
            factory.addAdditionalTomcatConnectors(PartnerTlsConnector.create(tls.port(), tls.bundle(), bundle));
            log.info("Partner API over mutual TLS on port {} (SSL bundle {}): client certificates required",
                    tls.port(), tls.bundle());
        };
    }

    private static SslBundle bundle(PartnerTlsProperties tls, SslBundles bundles) {
        if (tls.bundle() == null || tls.bundle().isBlank()) {
            throw new IllegalStateException("lienthong.tls.port is set but lienthong.tls.bundle is not: name the "
                    + "spring.ssl.bundle that holds the server's key and the CA certificates of the partners");
        }
        try {
            return bundles.getBundle(tls.bundle());
        } catch (NoSuchSslBundleException e) {
            throw new IllegalStateException("lienthong.tls.bundle: there is no SSL bundle named \"" + tls.bundle()
                    + "\"; define spring.ssl.bundle.jks." + tls.bundle() + ".keystore.* and .truststore.* "
                    + "(or spring.ssl.bundle.pem." + tls.bundle() + ".*)", e);
        }
    }
}
