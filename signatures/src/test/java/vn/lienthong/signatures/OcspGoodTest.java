package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.lienthong.signatures.revocation.RevocationMode;
import vn.lienthong.signatures.testsupport.OcspFixture;

class OcspGoodTest {

    private final OcspFixture ocsp = new OcspFixture("OCSP good");

    @AfterEach
    void stop() {
        ocsp.close();
    }

    @Test
    void aGoodAnswerForLeafAndIntermediateIsValidUnderHardFail() {
        byte[] signed = ocsp.signedBy(ocsp.leaf("Văn thư"));

        SignatureReport report = ocsp.verifier().verify(signed, ocsp.policy(RevocationMode.HARD_FAIL));

        assertThat(report.outcome()).as(report.reason()).isEqualTo(SignatureReport.Outcome.VALID);
        assertThat(report.warnings()).isEmpty();
        assertThat(ocsp.requests()).isEqualTo(2);
    }

    @Test
    void revocationOffAsksNobody() {
        byte[] signed = ocsp.signedBy(ocsp.leaf("Văn thư"));

        SignatureReport report = ocsp.verifier().verify(signed, ocsp.policy(RevocationMode.OFF));

        assertThat(report.outcome()).as(report.reason()).isEqualTo(SignatureReport.Outcome.VALID);
        assertThat(ocsp.requests()).isZero();
    }
}
