package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.lienthong.signatures.revocation.RevocationMode;
import vn.lienthong.signatures.testsupport.OcspFixture;

class OcspNonceMismatchTest {

    private final OcspFixture ocsp = new OcspFixture("OCSP nonce");

    @AfterEach
    void stop() {
        ocsp.close();
    }

    @Test
    void anAnswerCarryingAnotherNonceIsNotBelieved() {
        ocsp.responder().answerWithWrongNonce();

        SignatureReport report = ocsp.verifier().verify(ocsp.signedBy(ocsp.leaf("Văn thư")),
                ocsp.policy(RevocationMode.HARD_FAIL));

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.INVALID);
        assertThat(report.reason()).contains("nonce that does not match the request");
    }
}
