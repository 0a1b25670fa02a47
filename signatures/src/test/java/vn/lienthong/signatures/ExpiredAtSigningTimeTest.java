package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.lienthong.signatures.testsupport.Packages;
import vn.lienthong.signatures.testsupport.Policies;
import vn.lienthong.signatures.testsupport.TestPki;

class ExpiredAtSigningTimeTest {

    private final TestPki pki = TestPki.shared();
    private final TestPki.Issued expired = pki.leaf("Văn thư 2020")
            .validity(Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2021-01-01T00:00:00Z")).issue();
    private final byte[] signed = new DocumentSigner(pki.signingKey(expired)).sign(Packages.newDocument());
    private final SignatureVerifier verifier = new SignatureVerifier((c, i, t) -> {
        throw new AssertionError("revocation is off in this test");
    });

    @Test
    void judgedNowTheCertificateHasExpired() {
        SignatureReport report = verifier.verify(signed, Policies.trustingRootOf(pki));

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.INVALID);
        assertThat(report.reason()).startsWith("certificate expired on 2021-01-01T00:00:00Z (signing time ");
        assertThat(report.signingTime()).isAfter(Instant.parse("2025-01-01T00:00:00Z"));
    }

    @Test
    void judgedAtASigningTimeWithinItsValidityTheSignatureIsValid() {
        Instant signingTime = Instant.parse("2020-06-01T08:00:00Z");

        SignatureReport report = verifier.verify(signed, Policies.trustingRootOf(pki).at(signingTime));

        assertThat(report.outcome()).as(report.reason()).isEqualTo(SignatureReport.Outcome.VALID);
        assertThat(report.signingTime()).isEqualTo(signingTime);
    }
}
