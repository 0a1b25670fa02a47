package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.lienthong.signatures.revocation.RevocationMode;
import vn.lienthong.signatures.testsupport.OcspFixture;
import vn.lienthong.signatures.testsupport.TestPki;

class OcspResponderAuthorityTest {

    private final OcspFixture ocsp = new OcspFixture("OCSP authority");

    @AfterEach
    void stop() {
        ocsp.close();
    }

    @Test
    void aDelegatedResponderWithTheOcspSigningUsageIsBelieved() {
        TestPki.Issued delegate = TestPki.issuedBy(ocsp.pki().intermediate(), "OCSP Responder")
                .keyUsage(KeyUsage.digitalSignature).extendedKeyUsage(false, KeyPurposeId.id_kp_OCSPSigning).issue();
        ocsp.responder().delegate(ocsp.pki().intermediate(), delegate);

        SignatureReport report = ocsp.verifier().verify(ocsp.signedBy(ocsp.leaf("Văn thư")),
                ocsp.policy(RevocationMode.HARD_FAIL));

        assertThat(report.outcome()).as(report.reason()).isEqualTo(SignatureReport.Outcome.VALID);
    }

    @Test
    void aCertificateOfTheCaWithoutOcspSigningCannotAnswer() {
        TestPki.Issued notAResponder = ocsp.pki().leaf("Văn thư khác").issue();
        ocsp.responder().delegate(ocsp.pki().intermediate(), notAResponder);

        SignatureReport report = ocsp.verifier().verify(ocsp.signedBy(ocsp.leaf("Văn thư")),
                ocsp.policy(RevocationMode.HARD_FAIL));

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.INVALID);
        assertThat(report.reason()).contains("signed neither by CN=Test Sub CA OCSP authority");
    }

    @Test
    void aStrangerSigningTheAnswersIsNotBelievedSoSoftFailOnlyWarns() {
        ocsp.responder().signEverythingWith(TestPki.selfSigned("CN=Stranger,C=VN"));

        SignatureReport report = ocsp.verifier().verify(ocsp.signedBy(ocsp.leaf("Văn thư")),
                ocsp.policy(RevocationMode.SOFT_FAIL));

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.VALID);
        assertThat(report.warnings()).hasSize(2).allSatisfy(w -> assertThat(w).contains("signed neither by"));
    }
}
