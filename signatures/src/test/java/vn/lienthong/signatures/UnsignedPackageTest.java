package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.lienthong.signatures.testsupport.Packages;
import vn.lienthong.signatures.testsupport.Policies;
import vn.lienthong.signatures.testsupport.TestPki;

class UnsignedPackageTest {

    @Test
    void aPackageWithoutSignatureIsUnsigned() {
        SignatureReport report = new SignatureVerifier((c, i, t) -> {
            throw new AssertionError("revocation must not be reached");
        }).verify(Packages.newDocument(), Policies.trustingRootOf(TestPki.shared()));

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.UNSIGNED);
        assertThat(report.reason()).isEqualTo("package carries no Signature");
        assertThat(report.isValid()).isFalse();
    }
}
