package vn.lienthong.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The encoding a package is written in, read from its first bytes as the XML reader does. */
class SigningPreconditionsTest {

    private static final String DECLARED_UTF16 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><edXML>Sở Giáo dục</edXML>";

    @Test
    void utf8IsNotReported() {
        byte[] utf8 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><edXML>Phòng GD&amp;ĐT</edXML>"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(SigningPreconditions.nonUtf8Encoding(utf8)).isNull();
    }

    @Test
    void utf16WithByteOrderMarkReportsItsDeclaration() {
        assertThat(SigningPreconditions.nonUtf8Encoding(DECLARED_UTF16.getBytes(StandardCharsets.UTF_16)))
                .isEqualTo("UTF-16");
    }

    @Test
    void littleEndianWithoutMarkOrDeclarationIsUtf16() {
        byte[] bytes = "<edXML>Trường THPT Phan Đình Phùng</edXML>".getBytes(StandardCharsets.UTF_16LE);

        assertThat(SigningPreconditions.nonUtf8Encoding(bytes)).isEqualTo("UTF-16");
    }

    @Test
    void bigEndianDeclaredSpellingIsQuotedBack() {
        byte[] bytes = DECLARED_UTF16.replace("UTF-16", "utf-16be").getBytes(StandardCharsets.UTF_16BE);

        assertThat(SigningPreconditions.nonUtf8Encoding(bytes)).isEqualTo("utf-16be");
    }
}
