package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.lienthong.signatures.revocation.RevocationMode;
import vn.lienthong.signatures.testsupport.OcspFixture;
import vn.lienthong.signatures.testsupport.TestPki;

class OcspCachingTest {

    private final OcspFixture ocsp = new OcspFixture("OCSP cache");

    @AfterEach
    void stop() {
        ocsp.close();
    }

    @Test
    void aSecondVerificationIsAnsweredFromTheCache() {
        byte[] signed = ocsp.signedBy(ocsp.leaf("Văn thư"));

        SignatureReport first = ocsp.verifier().verify(signed, ocsp.policy(RevocationMode.HARD_FAIL));
        int afterFirst = ocsp.requests();
        SignatureReport second = ocsp.verifier().verify(signed, ocsp.policy(RevocationMode.HARD_FAIL));

        assertThat(first.outcome()).as(first.reason()).isEqualTo(SignatureReport.Outcome.VALID);
        assertThat(second.outcome()).as(second.reason()).isEqualTo(SignatureReport.Outcome.VALID);
        assertThat(afterFirst).isEqualTo(2);
        assertThat(ocsp.requests()).isEqualTo(afterFirst);
    }

    @Test
    void aCachedAnswerIsJudgedAgainAtEachSigningTime() {
        TestPki.Issued leaf = ocsp.leaf("Văn thư bị thu hồi");
        Instant revokedAt = Instant.now().minusSeconds(600);
        ocsp.responder().revoke(leaf.certificate().getSerialNumber(), revokedAt);
        byte[] signed = ocsp.signedBy(leaf);

        SignatureReport signedBefore = ocsp.verifier().verify(signed,
                ocsp.policy(RevocationMode.HARD_FAIL).at(revokedAt.minusSeconds(60)));
        SignatureReport signedNow = ocsp.verifier().verify(signed, ocsp.policy(RevocationMode.HARD_FAIL));

        assertThat(signedBefore.outcome()).as(signedBefore.reason()).isEqualTo(SignatureReport.Outcome.VALID);
        assertThat(signedNow.outcome()).isEqualTo(SignatureReport.Outcome.INVALID);
        assertThat(signedNow.reason()).startsWith("certificate revoked (OCSP ");
        assertThat(ocsp.requests()).isEqualTo(2);
    }

    @Test
    void anotherLeafOfTheSameCaOnlyAsksAboutTheLeaf() {
        ocsp.verifier().verify(ocsp.signedBy(ocsp.leaf("Văn thư 1")), ocsp.policy(RevocationMode.HARD_FAIL));

        SignatureReport report = ocsp.verifier().verify(ocsp.signedBy(ocsp.leaf("Văn thư 2")),
                ocsp.policy(RevocationMode.HARD_FAIL));

        assertThat(report.outcome()).as(report.reason()).isEqualTo(SignatureReport.Outcome.VALID);
        assertThat(ocsp.requests()).isEqualTo(3);
    }
}
