package vn.lienthong.schemas.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.lienthong.schemas.Fixtures;
import vn.lienthong.schemas.edxml.Reference;
import vn.lienthong.schemas.model.ParsedPackage;
import vn.lienthong.schemas.model.Violation;

class AttachmentCheckTest {

    private static final String NAME = "AttachmentEncoded/Attachment[1]/AttachmentName";

    private final PackageRules rules = new PackageRules(Fixtures.TODAY);

    @ParameterizedTest
    @ValueSource(strings = {"..", ".", "a/b.pdf", "..\\..\\boot.ini", "C:evil.pdf", "/etc/passwd", "tên\u0000.pdf",
            "dòng\nmới.pdf"})
    void namesThatLeaveTheirDirectoryAreRefused(String name) {
        ParsedPackage letter = Fixtures.parsed("valid-new-document.xml");
        letter.attachments().get(0).setAttachmentName(name);

        assertThat(rules.check(letter)).containsExactly(Violation.of(NAME, "safe-file-name", name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123_QĐ-SGDĐT.pdf", "..pdf", "Phụ lục 01 (kèm theo).docx", "v1..2.zip"})
    void ordinaryNamesAreAccepted(String name) {
        ParsedPackage letter = Fixtures.parsed("valid-new-document.xml");
        letter.attachments().get(0).setAttachmentName(name);

        assertThat(rules.check(letter)).isEmpty();
    }

    @Test
    void aReferenceResolvesInAngleBrackets() {
        ParsedPackage letter = Fixtures.parsed("valid-new-document.xml");
        letter.references().get(0).setContentId("<qd-123-sgddt>");
        letter.attachments().get(0).setContentId("<cid:qd-123-sgddt>");

        assertThat(rules.check(letter)).isEmpty();
    }

    @Test
    void aReferenceWithoutContentIdResolvesByItsHref() {
        ParsedPackage letter = Fixtures.parsed("valid-new-document.xml");
        letter.references().get(0).setContentId("");

        assertThat(rules.check(letter)).isEmpty();

        letter.references().get(0).setHref(null);
        assertThat(rules.check(letter)).containsExactly(
                new Violation("edXMLBody/edXMLManifest/Reference[1]/ContentId", "required", ""));
    }

    @Test
    void everyReferenceIsChecked() {
        ParsedPackage letter = Fixtures.parsed("valid-new-document.xml");
        Reference appendix = new Reference();
        appendix.setContentId("phu-luc-01");
        letter.references().add(appendix);

        assertThat(rules.check(letter)).containsExactly(new Violation(
                "edXMLBody/edXMLManifest/Reference[2]/ContentId", "reference-resolves", "phu-luc-01"));
    }

    @Test
    void anAttachmentNeedsAContentIdAndAName() {
        ParsedPackage letter = Fixtures.parsed("valid-new-document.xml");
        letter.attachments().get(0).setContentId("cid:");
        letter.attachments().get(0).setAttachmentName(" ");

        assertThat(rules.check(letter)).contains(
                new Violation("AttachmentEncoded/Attachment[1]/ContentId", "required", ""),
                new Violation(NAME, "required", ""));
    }

    @Test
    void aLengthErrorQuotesTheEndOfTheContent() {
        ParsedPackage letter = Fixtures.parsed("valid-new-document.xml");
        // 401 base64 characters: every one is fine, but no byte sequence encodes to that many.
        letter.attachments().get(0).setContentTransferEncoded("QUJD".repeat(100) + "R\n");

        assertThat(rules.check(letter)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("base64");
            assertThat(v.value()).hasSize(Violation.MAX_QUOTED_CODE_POINTS - 1).endsWith("QUJDR");
        });
    }
}
