package vn.lienthong.schemas.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.lienthong.schemas.Fixtures;

class ParsedPackageTest {

    private static final String LETTER_ID = "000.00.13.H53,2026/11/20,123/QĐ-SGDĐT";

    @Test
    void documentAccessors() {
        ParsedPackage letter = Fixtures.parsed("valid-new-document.xml");

        assertThat(letter.kind()).isEqualTo(PackageKind.DOCUMENT);
        assertThat(letter.senderId()).isEqualTo("000.00.13.H53");
        assertThat(letter.senderName()).isEqualTo("Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh");
        assertThat(letter.recipientIds()).containsExactly("000.20.31.H53", "000.00.00.G03");
        assertThat(letter.codeNumber()).isEqualTo("123");
        assertThat(letter.codeNotation()).isEqualTo("QĐ-SGDĐT");
        assertThat(letter.documentNumber()).isEqualTo("123/QĐ-SGDĐT");
        assertThat(letter.promulgationDate()).isEqualTo("2026/11/20");
        assertThat(letter.subject()).isEqualTo("Về việc tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh năm học 2026–2027");
        assertThat(letter.businessDocType()).isEqualTo("0");
        assertThat(letter.statusCode()).isNull();
        assertThat(letter.hasLegacySignature()).isFalse();
    }

    @Test
    void explicitDocumentIdWins() {
        ParsedPackage letter = Fixtures.parsed("valid-new-document.xml");
        letter.header().setDocumentId(" 000.00.13.H53,2026/11/19,122/QĐ-SGDĐT ");

        assertThat(letter.documentId()).isEqualTo("000.00.13.H53,2026/11/19,122/QĐ-SGDĐT");
    }

    @Test
    void documentIdIsDerivedWhenAbsent() {
        ParsedPackage reordered = Fixtures.parsed("valid-header-reordered.xml");

        assertThat(reordered.header().getDocumentId()).isNull();
        assertThat(reordered.documentId()).isEqualTo(LETTER_ID);
    }

    @Test
    void documentIdCannotBeDerivedWithoutItsParts() {
        ParsedPackage reordered = Fixtures.parsed("valid-header-reordered.xml");
        reordered.header().getCode().setCodeNotation("  ");

        assertThat(reordered.documentId()).isNull();
        assertThat(reordered.documentNumber()).isNull();
    }

    @Test
    void attachmentsAndReferences() {
        ParsedPackage letter = Fixtures.parsed("valid-new-document.xml");

        assertThat(letter.attachmentContentIds()).containsExactly("qd-123-sgddt");
        assertThat(letter.attachments()).singleElement()
                .satisfies(a -> assertThat(a.getAttachmentName()).isEqualTo("123_QĐ-SGDĐT.pdf"));
        assertThat(letter.references()).singleElement()
                .satisfies(r -> assertThat(r.getHref()).isEqualTo("cid:qd-123-sgddt"));
    }

    @Test
    void statusAccessors() {
        ParsedPackage status = Fixtures.parsed("valid-status-03.xml");

        assertThat(status.kind()).isEqualTo(PackageKind.STATUS);
        assertThat(status.senderId()).isEqualTo("000.20.31.H53");
        assertThat(status.statusCode()).isEqualTo("03");
        assertThat(status.status()).contains(StatusCode.ACCEPTED);
        assertThat(status.documentId()).isEqualTo(LETTER_ID);
        assertThat(status.responseFor()).hasValueSatisfying(r -> {
            assertThat(r.getOrganId()).isEqualTo("000.00.13.H53");
            assertThat(r.getCode()).isEqualTo("123/QĐ-SGDĐT");
        });
        assertThat(status.recipientIds()).isEmpty();
        assertThat(status.attachments()).isEmpty();
        assertThat(status.references()).isEmpty();
    }
}
