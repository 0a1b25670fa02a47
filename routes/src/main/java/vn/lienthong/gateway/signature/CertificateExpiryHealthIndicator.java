package vn.lienthong.gateway.signature;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

import vn.lienthong.signatures.CertificateExpiry;
import vn.lienthong.signatures.ExpiringCertificate;
import vn.lienthong.signatures.PemCertificates;

/**
 * Signing keys and trust anchors that expire within {@code lienthong.signing.expiry-warning} turn health to
 * WARNING, and every one's days left is a gauge, so renewal starts before documents are refused.
 */
@Component("certificates")
public class CertificateExpiryHealthIndicator extends AbstractHealthIndicator {

    /** Worth a look but not a reason to take the gateway out of a load balancer (answers 200). */
    public static final Status WARNING = new Status("WARNING");

    private final List<X509Certificate> signing;
    private final List<X509Certificate> anchors;
    private final SigningProperties properties;
    private final Clock clock;

    public CertificateExpiryHealthIndicator(OrganisationSigners signers, TrustProperties trust,
                                            SigningProperties properties, MeterRegistry meters, Clock clock) {
        this.signing = signers.certificates();
        this.anchors = PemCertificates.read(trust.anchors());
        this.properties = properties;
        this.clock = clock;
        register(meters, "signing-key", signing);
        register(meters, "trust-anchor", anchors);
    }

    /** The signing keys and trust anchors within the expiry warning, expired ones included. */
    public List<ExpiringCertificate> expiring() {
        List<ExpiringCertificate> expiring = new ArrayList<>(
                CertificateExpiry.within(signing, properties.expiryWarning(), clock));
        expiring.addAll(CertificateExpiry.within(anchors, properties.expiryWarning(), clock));
        return expiring;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        List<ExpiringCertificate> expiring = expiring();
        builder.status(expiring.isEmpty() ? Status.UP : WARNING)
                .withDetail("signingKeys", signing.size())
                .withDetail("trustAnchors", anchors.size())
                .withDetail("window", properties.expiryWarning().toString())
                .withDetail("expiring", expiring.stream()
                        .map(e -> Map.of("subject", e.subject(), "notAfter", e.notAfter().toString(),
                                "daysLeft", e.daysLeft()))
                        .toList());
    }

    private void register(MeterRegistry meters, String kind, List<X509Certificate> certificates) {
        for (X509Certificate certificate : certificates) {
            Gauge.builder("lienthong.certificate.expiry.days", certificate,
                            c -> java.time.Duration.between(clock.instant(), c.getNotAfter().toInstant()).toDays())
                    .description("Days until the certificate expires")
                    .tag("kind", kind)
                    .tag("subject", certificate.getSubjectX500Principal().getName())
                    .register(meters);
        }
    }
}
