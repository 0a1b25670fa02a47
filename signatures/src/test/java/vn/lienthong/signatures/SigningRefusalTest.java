package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.lienthong.signatures.testsupport.Packages;
import vn.lienthong.signatures.testsupport.TestPki;

class SigningRefusalTest {

    private final TestPki pki = TestPki.shared();
    private final DocumentSigner signer = new DocumentSigner(pki.signingKey(pki.leaf("Văn thư").issue()));

    @Test
    void anAlreadySignedPackageIsNotSignedTwice() {
        byte[] signed = signer.sign(Packages.newDocument());

        assertThatThrownBy(() -> signer.sign(signed)).isInstanceOf(SigningException.class)
                .hasMessage("package already carries a Signature element; remove it before signing again");
    }

    @Test
    void aLegacySignedPackageIsNotSignedEither() {
        assertThatThrownBy(() -> signer.sign(Packages.resource("legacy-edxml-namespace-signature.xml")))
                .isInstanceOf(SigningException.class).hasMessageStartingWith("package already carries a Signature");
    }

    @Test
    void aPackageCarryingBkavsSignatureInNoNamespaceIsNotSignedEither() {
        assertThatThrownBy(() -> signer.sign(Packages.resource("bkav-no-namespace-signature.xml")))
                .isInstanceOf(SigningException.class).hasMessageStartingWith("package already carries a Signature");
    }

    @Test
    void somethingOtherThanEdxmlIsRefused() {
        assertThatThrownBy(() -> signer.sign("<html><head/></html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SigningException.class)
                .hasMessage("package has no single edXML/edXMLEnvelope/edXMLHeader to carry the signature");
    }

    @Test
    void aUtf16PackageIsRefusedRatherThanReEncoded() {
        String text = new String(Packages.newDocument(), StandardCharsets.UTF_8).replace("UTF-8", "UTF-16");

        assertThatThrownBy(() -> signer.sign(text.getBytes(StandardCharsets.UTF_16)))
                .isInstanceOf(SigningException.class)
                .hasMessage("package is encoded as UTF-16BE; only UTF-8 is signed");
    }

    @Test
    void bytesThatAreNotXmlAreRefused() {
        assertThatThrownBy(() -> signer.sign("%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(SigningException.class).hasMessageStartingWith("package is not well-formed XML");
    }
}
