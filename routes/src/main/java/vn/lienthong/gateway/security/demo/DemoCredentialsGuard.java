package vn.lienthong.gateway.security.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.lienthong.gateway.connector.ConnectorRegistry;
import vn.lienthong.gateway.security.PartnerTlsProperties;
import vn.lienthong.gateway.signature.SigningProperties;
import vn.lienthong.gateway.signature.TrustProperties;

/**
 * Refuses to start, before any port opens, a gateway configured with credentials published for the demo unless
 * the Spring profile {@code demo} is active: a sample key left in production would let anyone send as a partner.
 */
@Component
public class DemoCredentialsGuard implements InitializingBean {

    /** The profile that {@code ./lienthong demo} (and the test suite) runs with. */
    public static final String DEMO_PROFILE = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoCredentialsGuard.class);

    private final Environment environment;
    private final ConnectorRegistry connectors;
    private final SigningProperties signing;
    private final TrustProperties trust;
    private final PartnerTlsProperties tls;
    private final SslBundles bundles;

    public DemoCredentialsGuard(Environment environment, ConnectorRegistry connectors, SigningProperties signing,
                                TrustProperties trust, PartnerTlsProperties tls, SslBundles bundles) {
        this.environment = environment;
        this.connectors = connectors;
        this.signing = signing;
        this.trust = trust;
        this.tls = tls;
        this.bundles = bundles;
    }

    @Override
    public void afterPropertiesSet() {
        List<String> findings = inspect();
        if (findings.isEmpty()) {
            return;
        }
        if (environment.matchesProfiles(DEMO_PROFILE)) {
            log.warn("Demo profile: running with {} demo credential(s) that must never reach production", findings.size());
            return;
        }
        throw new DemoCredentialsException(findings);
    }

    private List<String> inspect() {
        DemoCredentialsInspection inspection = new DemoCredentialsInspection()
                .connectors(connectors.all(), environment::getProperty)
                .signingKeys(signing.keys())
                .trustAnchors(trust.anchors())
                .trustAnchors("lienthong.trust.document-anchors", trust.documentAnchors());
        if (tls.port() != null && tls.bundle() != null && bundles != null) {
            SslBundle bundle = bundles.getBundle(tls.bundle());
            inspection.tlsBundle(tls.bundle(), bundle.getStores().getKeyStore(),
                    bundle.getStores().getKeyStorePassword(), bundle.getStores().getTrustStore());
        }
        return inspection.findings();
    }
}
