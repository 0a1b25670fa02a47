package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import vn.lienthong.signatures.testsupport.Packages;
import vn.lienthong.signatures.testsupport.Policies;
import vn.lienthong.signatures.testsupport.TestPki;

class NotYetValidTest {

    private final TestPki pki = TestPki.shared();
    private final SignatureVerifier verifier = new SignatureVerifier((c, i, t) -> {
        throw new AssertionError("revocation is off in this test");
    });

    @Test
    void aCertificateWhoseValidityStartsNextMonthIsRefused() {
        Instant from = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
        TestPki.Issued future = pki.leaf("Văn thư tương lai").validity(from, from.plus(Duration.ofDays(365))).issue();
        byte[] signed = new DocumentSigner(pki.signingKey(future)).sign(Packages.newDocument());

        SignatureReport report = verifier.verify(signed, Policies.trustingRootOf(pki));

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.INVALID);
        assertThat(report.reason()).startsWith("certificate not yet valid: valid from " + from);
    }
}
