package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import vn.lienthong.signatures.testsupport.Packages;
import vn.lienthong.signatures.testsupport.Policies;
import vn.lienthong.signatures.testsupport.TestPki;

class TamperedSignatureValueTest {

    private final TestPki pki = TestPki.shared();
    private final byte[] signed = new DocumentSigner(pki.signingKey(pki.leaf("Văn thư").issue()))
            .sign(Packages.newDocument());
    private final SignatureVerifier verifier = new SignatureVerifier((c, i, t) -> {
        throw new AssertionError("revocation must not be reached for a broken signature");
    });

    @Test
    void aFlippedBitInTheSignatureValueIsRefused() {
        Document document = Packages.parse(signed);
        Element value = Packages.only(document, Packages.DSIG_NS, "SignatureValue");
        byte[] raw = Base64.getMimeDecoder().decode(value.getTextContent());
        raw[10] ^= 0x01;
        value.setTextContent(Base64.getEncoder().encodeToString(raw));

        SignatureReport report = verifier.verify(Packages.serialize(document), Policies.trustingRootOf(pki));

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.INVALID);
        assertThat(report.reason()).startsWith("signature value does not verify with the key of CN=Văn thư");
    }

    @Test
    void anotherTrustedCertificateSwappedIntoKeyInfoDoesNotVerifyTheValue() throws Exception {
        TestPki.Issued other = pki.leaf("Người khác").issue();
        Document document = Packages.parse(signed);
        Element certificate = Packages.only(document, Packages.DSIG_NS, "X509Certificate");
        certificate.setTextContent(Base64.getEncoder().encodeToString(other.certificate().getEncoded()));

        SignatureReport report = verifier.verify(Packages.serialize(document), Policies.trustingRootOf(pki));

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.INVALID);
        assertThat(report.reason()).startsWith("signature value does not verify with the key of CN=Người khác");
    }
}
