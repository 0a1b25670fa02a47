package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.lienthong.signatures.testsupport.CustomSignature;
import vn.lienthong.signatures.testsupport.Packages;
import vn.lienthong.signatures.testsupport.Policies;
import vn.lienthong.signatures.testsupport.TestPki;

class ExtraObjectReferenceTest {

    private final TestPki pki = TestPki.shared();
    private final SignatureVerifier verifier = new SignatureVerifier((c, i, t) -> {
        throw new AssertionError("revocation must not be reached");
    });

    @Test
    void aSecondReferenceToAnObjectInsideTheSignatureIsRefused() {
        byte[] signed = CustomSignature.by(pki.signingKey(pki.leaf("Văn thư").issue())).withObjectReference()
                .sign(Packages.newDocument());

        SignatureReport report = verifier.verify(signed, Policies.trustingRootOf(pki));

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.INVALID);
        assertThat(report.reason())
                .isEqualTo("more than one Reference (found 2); only one covering the whole package is allowed");
    }

    @Test
    void anUnreferencedObjectSlippedIntoAValidSignatureIsRefused() {
        byte[] signed = new DocumentSigner(pki.signingKey(pki.leaf("Văn thư").issue())).sign(Packages.newDocument());
        byte[] tampered = Packages.replaceFirst(signed, "</ds:Signature>",
                "<ds:Object><edXML:Note xmlns:edXML=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">Đã duyệt</edXML:Note>"
                        + "</ds:Object></ds:Signature>");

        SignatureReport report = verifier.verify(tampered, Policies.trustingRootOf(pki));

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.INVALID);
        assertThat(report.reason()).startsWith("Signature carries an Object element");
    }
}
