package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.lienthong.signatures.testsupport.TestPki;

class CertificateExpiryTest {

    private final Instant now = Instant.parse("2026-11-20T00:00:00Z");
    private final Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    private final TestPki pki = TestPki.shared();

    @Test
    void certificatesEndingWithinTheWindowAreListedSoonestFirstWithDaysLeft() {
        TestPki.Issued in10Days = leaf("Mười ngày", now.plus(Duration.ofDays(10)));
        TestPki.Issued expired = leaf("Đã hết hạn", now.minus(Duration.ofDays(3)));
        TestPki.Issued in90Days = leaf("Chín mươi ngày", now.plus(Duration.ofDays(90)));

        List<ExpiringCertificate> expiring = CertificateExpiry.within(
                List.of(in10Days.certificate(), in90Days.certificate(), expired.certificate()), Duration.ofDays(30),
                clock);

        assertThat(expiring).extracting(ExpiringCertificate::daysLeft).containsExactly(-3L, 10L);
        assertThat(expiring.get(1).subject()).startsWith("CN=Mười ngày");
        assertThat(expiring.get(1).notAfter()).isEqualTo(now.plus(Duration.ofDays(10)));
    }

    private TestPki.Issued leaf(String name, Instant notAfter) {
        return pki.leaf(name).validity(Instant.parse("2025-01-01T00:00:00Z"), notAfter).issue();
    }
}
