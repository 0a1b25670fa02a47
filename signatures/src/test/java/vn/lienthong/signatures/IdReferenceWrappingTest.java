package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import vn.lienthong.signatures.testsupport.CustomSignature;
import vn.lienthong.signatures.testsupport.Packages;
import vn.lienthong.signatures.testsupport.Policies;
import vn.lienthong.signatures.testsupport.TestPki;

class IdReferenceWrappingTest {

    private final TestPki pki = TestPki.shared();
    private final SignatureVerifier verifier = new SignatureVerifier((c, i, t) -> {
        throw new AssertionError("revocation must not be reached");
    });
    private final byte[] signedById = CustomSignature.by(pki.signingKey(pki.leaf("Văn thư").issue()))
            .referencingMessageHeaderAs("msg").sign(Packages.newDocument());

    @Test
    void aSignatureOverAnIdReferencedElementIsRefusedEvenUntouched() {
        SignatureReport report = verifier.verify(signedById, Policies.trustingRootOf(pki));

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.INVALID);
        assertThat(report.reason()).isEqualTo("reference URI '#msg' does not cover the whole package");
    }

    @Test
    void theSignedHeaderMovedAsideAndAForgedOneInItsPlaceIsRefused() {
        Document document = Packages.parse(signedById);
        Element original = Packages.only(document, Packages.EDXML_NS, "MessageHeader");
        Element forged = (Element) original.cloneNode(true);
        forged.removeAttribute("Id");
        forged.getElementsByTagNameNS(Packages.EDXML_NS, "Subject").item(0).setTextContent("Hủy kỳ thi");
        original.getParentNode().replaceChild(forged, original);
        Element object = document.createElementNS(Packages.DSIG_NS, "ds:Object");
        object.appendChild(original);
        Packages.only(document, Packages.DSIG_NS, "Signature").appendChild(object);

        SignatureReport report = verifier.verify(Packages.serialize(document), Policies.trustingRootOf(pki));

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.INVALID);
        assertThat(report.reason()).isEqualTo("reference URI '#msg' does not cover the whole package");
    }
}
