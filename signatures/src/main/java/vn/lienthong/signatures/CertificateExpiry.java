package vn.lienthong.signatures;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Lists the certificates that expire within a window, soonest first, for health checks and metrics. */
public final class CertificateExpiry {

    private CertificateExpiry() {
    }

    /** Those of {@code certificates} whose notAfter falls before now + {@code window}, already expired included. */
    public static List<ExpiringCertificate> within(Collection<X509Certificate> certificates, Duration window) {
        return within(certificates, window, Clock.systemUTC());
    }

    /** As {@link #within(Collection, Duration)}, with {@code clock} giving "now". */
    public static List<ExpiringCertificate> within(Collection<X509Certificate> certificates, Duration window,
            Clock clock) {
        Instant now = clock.instant();
        Instant horizon = now.plus(window);
        return certificates.stream()
                .filter(certificate -> certificate.getNotAfter().toInstant().isBefore(horizon))
                .map(certificate -> describe(certificate, now))
                .sorted(Comparator.comparing(ExpiringCertificate::notAfter))
                .toList();
    }

    private static ExpiringCertificate describe(X509Certificate certificate, Instant now) {
        Instant notAfter = certificate.getNotAfter().toInstant();
        return new ExpiringCertificate(certificate.getSubjectX500Principal().getName(), notAfter,
                Duration.between(now, notAfter).toDays());
    }
}
