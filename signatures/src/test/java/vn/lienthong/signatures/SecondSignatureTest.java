package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import vn.lienthong.signatures.testsupport.Packages;
import vn.lienthong.signatures.testsupport.Policies;
import vn.lienthong.signatures.testsupport.TestPki;

class SecondSignatureTest {

    private final TestPki pki = TestPki.shared();
    private final SignatureVerifier verifier = new SignatureVerifier((c, i, t) -> {
        throw new AssertionError("revocation must not be reached");
    });

    @Test
    void aCopyOfTheSignatureNextToItIsRefused() {
        Document document = Packages.parse(sign());
        Element signature = Packages.only(document, Packages.DSIG_NS, "Signature");
        signature.getParentNode().appendChild(signature.cloneNode(true));

        SignatureReport report = verifier.verify(Packages.serialize(document), Policies.trustingRootOf(pki));

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.INVALID);
        assertThat(report.reason()).isEqualTo("more than one Signature element (found 2)");
    }

    @Test
    void aSecondSignatureFromAnotherSignerInTheBodyIsRefused() {
        Document document = Packages.parse(sign());
        Document other = Packages.parse(sign());
        Element foreign = (Element) document.importNode(Packages.only(other, Packages.DSIG_NS, "Signature"), true);
        Packages.only(document, Packages.EDXML_NS, "edXMLBody").appendChild(foreign);

        SignatureReport report = verifier.verify(Packages.serialize(document), Policies.trustingRootOf(pki));

        assertThat(report.reason()).isEqualTo("more than one Signature element (found 2)");
    }

    @Test
    void aLegacySignatureNextToAnXmlDsigOneIsStillASecondSignature() {
        byte[] tampered = Packages.replaceFirst(sign(), "</edXML:edXMLHeader>",
                "<edXML:Signature>Zm9v</edXML:Signature></edXML:edXMLHeader>");

        SignatureReport report = verifier.verify(tampered, Policies.trustingRootOf(pki));

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.INVALID);
        assertThat(report.reason()).isEqualTo("more than one Signature element (found 2)");
    }

    private byte[] sign() {
        return new DocumentSigner(pki.signingKey(pki.leaf("Văn thư").issue())).sign(Packages.newDocument());
    }
}
