package vn.lienthong.signatures.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.lienthong.signatures.testsupport.LoopbackServer;
import vn.lienthong.signatures.testsupport.TestPki;

class ChainedRevocationCheckerTest {

    private final String deadOcsp = LoopbackServer.deadUrl("/ocsp");
    private final TestPki pki = TestPki.shared();
    private final TestPki.Issued leaf = pki.leaf("Văn thư").ocspUrl(deadOcsp).issue();
    private final OcspRevocationChecker ocsp = new OcspRevocationChecker(HttpClient.newHttpClient(),
            Duration.ofSeconds(2), Duration.ofHours(1), Clock.systemUTC());

    @Test
    void whenOcspIsDownTheCrlGivesTheAnswer() {
        Instant revokedAt = Instant.parse("2026-01-05T03:00:00Z");
        CrlRevocationChecker crl = crlChecker(Map.of(leaf.certificate().getSerialNumber(), revokedAt));

        RevocationStatus status = new ChainedRevocationChecker(List.of(ocsp, crl))
                .check(leaf.certificate(), pki.intermediate().certificate(), Instant.now());

        assertThat(status.state()).isEqualTo(RevocationStatus.State.REVOKED);
        assertThat(status.revokedAt()).isEqualTo(revokedAt);
        assertThat(status.source()).startsWith("CRL of CN=Test Sub CA Shared");
    }

    @Test
    void whenNobodyAnswersEveryReasonIsKept() {
        CrlRevocationChecker noCrl = new CrlRevocationChecker(List.of(), HttpClient.newHttpClient(),
                Duration.ofSeconds(2), Duration.ofHours(1), Clock.systemUTC());

        RevocationStatus status = new ChainedRevocationChecker(List.of(ocsp, noCrl))
                .check(leaf.certificate(), pki.intermediate().certificate(), Instant.now());

        assertThat(status.state()).isEqualTo(RevocationStatus.State.UNKNOWN);
        assertThat(status.detail()).contains("OCSP " + deadOcsp + " unreachable")
                .contains("; no CRL for CN=Văn thư");
    }

    private CrlRevocationChecker crlChecker(Map<BigInteger, Instant> revoked) {
        return new CrlRevocationChecker(List.of(TestPki.crl(pki.intermediate(), Instant.now().minusSeconds(60),
                Instant.now().plus(Duration.ofDays(1)), revoked)), HttpClient.newHttpClient(), Duration.ofSeconds(2),
                Duration.ofHours(1), Clock.systemUTC());
    }
}
