package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.lienthong.signatures.testsupport.Packages;
import vn.lienthong.signatures.testsupport.Policies;
import vn.lienthong.signatures.testsupport.TestPki;

class SignatureInsertionTest {

    private final TestPki pki = TestPki.shared();
    private final DocumentSigner signer = new DocumentSigner(pki.signingKey(pki.leaf("Văn thư").issue()));
    private final SignatureVerifier verifier = new SignatureVerifier((c, i, t) -> {
        throw new AssertionError("revocation is off in this test");
    });

    @Test
    void lookAlikeEndTagsInCommentsCdataAttributesAndTheBodyDoNotMisplaceTheSignature() {
        byte[] tricky = Packages.replaceFirst(Packages.newDocument(), "<edXML:TraceHeaderList>",
                "<!-- </edXML:edXMLHeader> --><edXML:TraceHeaderList>");
        tricky = Packages.replaceFirst(tricky, "<edXML:Content>", "<edXML:Content><![CDATA[</edXML:edXMLHeader>]]>");
        tricky = Packages.replaceFirst(tricky, "<edXML:edXMLManifest version=\"1.0\">",
                "<edXML:edXMLManifest version=\"1.0\" note='a>b'><edXML:edXMLHeader>lồng</edXML:edXMLHeader>");

        byte[] signed = signer.sign(tricky);
        SignatureReport report = verifier.verify(signed, Policies.trustingRootOf(pki));

        assertThat(report.outcome()).as(report.reason()).isEqualTo(SignatureReport.Outcome.VALID);
        String text = new String(signed, StandardCharsets.UTF_8);
        assertThat(text.replaceFirst("(?s)<ds:Signature .*</ds:Signature>", "").getBytes(StandardCharsets.UTF_8))
                .isEqualTo(tricky);
    }

    @Test
    void aPackageInTheDefaultNamespaceWithoutDeclarationGetsOneAndVerifies() {
        String unprefixed = new String(Packages.newDocument(), StandardCharsets.UTF_8)
                .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "")
                .replace("xmlns:edXML=", "xmlns=").replace("edXML:", "");

        byte[] signed = signer.sign(unprefixed.getBytes(StandardCharsets.UTF_8));
        SignatureReport report = verifier.verify(signed, Policies.trustingRootOf(pki));

        assertThat(new String(signed, StandardCharsets.UTF_8))
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<edXML ");
        assertThat(report.outcome()).as(report.reason()).isEqualTo(SignatureReport.Outcome.VALID);
    }
}
