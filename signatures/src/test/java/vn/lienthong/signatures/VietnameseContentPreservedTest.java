package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.lienthong.signatures.testsupport.Packages;
import vn.lienthong.signatures.testsupport.TestPki;

class VietnameseContentPreservedTest {

    private final TestPki pki = TestPki.shared();
    private final DocumentSigner signer = new DocumentSigner(pki.signingKey(pki.leaf("Văn thư").issue()));

    @Test
    void everyByteOutsideTheSignatureIsTheSendersOwn() {
        byte[] original = Packages.newDocument();

        String signed = new String(signer.sign(original), StandardCharsets.UTF_8);
        String withoutSignature = signed.replaceFirst("(?s)<ds:Signature .*</ds:Signature>", "");

        assertThat(withoutSignature.getBytes(StandardCharsets.UTF_8)).isEqualTo(original);
    }

    @Test
    void diacriticsAreWrittenAsUtf8CharactersNotAsCharacterReferences() {
        String subject = "Về việc tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh năm học 2026–2027";

        String signed = new String(signer.sign(Packages.newDocument()), StandardCharsets.UTF_8);

        assertThat(signed).contains(subject, "123_QĐ-SGDĐT.pdf",
                "<edXML:BussinessDocReason></edXML:BussinessDocReason>");
        assertThat(signed).doesNotContain("&#");
    }

    @Test
    void crlfLineEndsAndABomSurviveSigning() {
        String crlf = new String(Packages.newDocument(), StandardCharsets.UTF_8).replace("\n", "\r\n");
        byte[] original = ("\uFEFF" + crlf).getBytes(StandardCharsets.UTF_8);

        String signed = new String(signer.sign(original), StandardCharsets.UTF_8);

        assertThat(signed.replaceFirst("(?s)<ds:Signature .*</ds:Signature>", "").getBytes(StandardCharsets.UTF_8))
                .isEqualTo(original);
    }
}
