package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.lienthong.signatures.revocation.CrlRevocationChecker;
import vn.lienthong.signatures.revocation.RevocationMode;
import vn.lienthong.signatures.testsupport.Packages;
import vn.lienthong.signatures.testsupport.Policies;
import vn.lienthong.signatures.testsupport.TestPki;

class CrlRevocationTest {

    private final TestPki pki = TestPki.shared();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final Instant revokedAt = now.minus(Duration.ofHours(2));
    private final TestPki.Issued revoked = pki.leaf("Văn thư bị thu hồi").issue();
    private final TestPki.Issued good = pki.leaf("Văn thư hợp lệ").issue();
    private final X509CRL rootCrl =
            TestPki.crl(pki.root(), now.minusSeconds(60), now.plus(Duration.ofDays(7)), Map.of());
    private final VerificationPolicy hardFail =
            Policies.trustingRootOf(pki).withRevocationMode(RevocationMode.HARD_FAIL);

    @Test
    void aLeafListedOnItsIssuersCrlIsRevoked() {
        SignatureReport report = verifierWith(subCrl(now.plus(Duration.ofDays(1)))).verify(sign(revoked), hardFail);

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.INVALID);
        assertThat(report.reason()).startsWith("certificate revoked (CRL of CN=Test Sub CA Shared")
                .contains("revoked " + revokedAt + "): CN=Văn thư bị thu hồi");
    }

    @Test
    void aLeafNotOnTheCrlIsValidUnderHardFail() {
        SignatureReport report = verifierWith(subCrl(now.plus(Duration.ofDays(1)))).verify(sign(good), hardFail);

        assertThat(report.outcome()).as(report.reason()).isEqualTo(SignatureReport.Outcome.VALID);
    }

    @Test
    void aSignatureMadeBeforeTheRevocationStaysValid() {
        VerificationPolicy beforeRevocation = hardFail.at(revokedAt.minus(Duration.ofHours(1)));

        SignatureReport report = verifierWith(subCrl(now.plus(Duration.ofDays(1)))).verify(sign(revoked),
                beforeRevocation);

        assertThat(report.outcome()).as(report.reason()).isEqualTo(SignatureReport.Outcome.VALID);
    }

    @Test
    void aStaleCrlGivesNoAnswerSoHardFailRefuses() {
        SignatureReport report = verifierWith(subCrl(now.minus(Duration.ofHours(1)))).verify(sign(good), hardFail);

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.INVALID);
        assertThat(report.reason()).startsWith("revocation status of CN=Văn thư hợp lệ")
                .contains("is stale: nextUpdate was");
    }

    private X509CRL subCrl(Instant nextUpdate) {
        return TestPki.crl(pki.intermediate(), now.minus(Duration.ofDays(1)), nextUpdate,
                Map.of(revoked.certificate().getSerialNumber(), revokedAt));
    }

    private SignatureVerifier verifierWith(X509CRL subCrl) {
        return new SignatureVerifier(new CrlRevocationChecker(List.of(subCrl, rootCrl), HttpClient.newHttpClient(),
                Duration.ofSeconds(2), Duration.ofHours(1), Clock.systemUTC()));
    }

    private byte[] sign(TestPki.Issued leaf) {
        return new DocumentSigner(pki.signingKey(leaf)).sign(Packages.newDocument());
    }
}
