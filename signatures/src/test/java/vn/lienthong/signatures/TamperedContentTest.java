package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.lienthong.signatures.testsupport.Packages;
import vn.lienthong.signatures.testsupport.Policies;
import vn.lienthong.signatures.testsupport.TestPki;

class TamperedContentTest {

    private final TestPki pki = TestPki.shared();
    private final byte[] signed = new DocumentSigner(pki.signingKey(pki.leaf("Văn thư").issue()))
            .sign(Packages.newDocument());
    private final SignatureVerifier verifier = new SignatureVerifier((c, i, t) -> {
        throw new AssertionError("revocation must not be reached for a tampered package");
    });

    @Test
    void aChangedSubjectIsADigestMismatch() {
        byte[] tampered = Packages.replaceFirst(signed, "kỳ thi chọn học sinh giỏi", "kỳ thi chọn học sinh khá");

        SignatureReport report = verifier.verify(tampered, Policies.trustingRootOf(pki));

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.INVALID);
        assertThat(report.reason()).isEqualTo("reference digest mismatch for URI ''");
    }

    @Test
    void aChangedAttachmentIsADigestMismatch() {
        byte[] tampered = Packages.replaceFirst(signed, "JVBERi0xLjQK", "JVBERi0xLjUK");

        SignatureReport report = verifier.verify(tampered, Policies.trustingRootOf(pki));

        assertThat(report.reason()).isEqualTo("reference digest mismatch for URI ''");
    }

    @Test
    void anAddedRecipientIsADigestMismatch() {
        byte[] tampered = Packages.replaceFirst(signed, "<edXML:DocumentId>",
                "<edXML:To><edXML:OrganId>000.00.99.H99</edXML:OrganId></edXML:To>\n        <edXML:DocumentId>");

        SignatureReport report = verifier.verify(tampered, Policies.trustingRootOf(pki));

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.INVALID);
        assertThat(report.reason()).isEqualTo("reference digest mismatch for URI ''");
    }
}
