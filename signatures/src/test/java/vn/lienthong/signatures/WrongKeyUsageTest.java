package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;

import vn.lienthong.signatures.testsupport.Packages;
import vn.lienthong.signatures.testsupport.Policies;
import vn.lienthong.signatures.testsupport.TestPki;

class WrongKeyUsageTest {

    private final TestPki pki = TestPki.shared();
    private final SignatureVerifier verifier = new SignatureVerifier((c, i, t) -> {
        throw new AssertionError("revocation is off in this test");
    });

    @Test
    void anEncryptionOnlyCertificateIsRefused() {
        SignatureReport report = signAndVerify(KeyUsage.keyEncipherment | KeyUsage.dataEncipherment);

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.INVALID);
        assertThat(report.reason()).isEqualTo("key usage lacks digitalSignature/nonRepudiation");
    }

    @Test
    void aCertificateWithoutKeyUsageIsRefused() {
        SignatureReport report = signAndVerify(null);

        assertThat(report.reason()).isEqualTo("key usage lacks digitalSignature/nonRepudiation");
    }

    @Test
    void nonRepudiationAloneIsEnough() {
        SignatureReport report = signAndVerify(KeyUsage.nonRepudiation);

        assertThat(report.outcome()).as(report.reason()).isEqualTo(SignatureReport.Outcome.VALID);
    }

    private SignatureReport signAndVerify(Integer keyUsage) {
        TestPki.Issued leaf = pki.leaf("Máy chủ mã hóa").keyUsage(keyUsage).issue();
        byte[] signed = new DocumentSigner(pki.signingKey(leaf)).sign(Packages.newDocument());
        return verifier.verify(signed, Policies.trustingRootOf(pki));
    }
}
