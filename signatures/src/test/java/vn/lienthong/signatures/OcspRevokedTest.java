package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.lienthong.signatures.revocation.RevocationMode;
import vn.lienthong.signatures.testsupport.OcspFixture;
import vn.lienthong.signatures.testsupport.TestPki;

class OcspRevokedTest {

    private final OcspFixture ocsp = new OcspFixture("OCSP revoked");

    @AfterEach
    void stop() {
        ocsp.close();
    }

    @Test
    void aRevokedAnswerIsInvalidEvenUnderSoftFail() {
        TestPki.Issued leaf = ocsp.leaf("Văn thư bị thu hồi");
        Instant revokedAt = Instant.now().minusSeconds(7200).truncatedTo(ChronoUnit.SECONDS);
        ocsp.responder().revoke(leaf.certificate().getSerialNumber(), revokedAt);

        SignatureReport report = ocsp.verifier().verify(ocsp.signedBy(leaf), ocsp.policy(RevocationMode.SOFT_FAIL));

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.INVALID);
        assertThat(report.reason()).isEqualTo("certificate revoked (OCSP " + ocsp.url() + ", revoked " + revokedAt
                + "): CN=Văn thư bị thu hồi,O=Sở Giáo dục và Đào tạo,C=VN");
    }

    @Test
    void aRevokedIntermediateInvalidatesTheLeafsSignature() {
        TestPki.Issued leaf = ocsp.leaf("Văn thư");
        ocsp.responder().revoke(ocsp.pki().intermediate().certificate().getSerialNumber(),
                Instant.now().minusSeconds(60));

        SignatureReport report = ocsp.verifier().verify(ocsp.signedBy(leaf), ocsp.policy(RevocationMode.HARD_FAIL));

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.INVALID);
        assertThat(report.reason()).startsWith("certificate revoked (OCSP ")
                .endsWith("): CN=Test Sub CA OCSP revoked,O=Lienthong Test,C=VN");
    }
}
