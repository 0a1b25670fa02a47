package vn.lienthong.schemas.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.lienthong.schemas.EdxmlValidator;
import vn.lienthong.schemas.Fixtures;
import vn.lienthong.schemas.model.PackageRejectedException;
import vn.lienthong.schemas.model.ParsedPackage;
import vn.lienthong.schemas.rules.PackageRules;

/** Reading as a stream gives the same verdicts as reading bytes, without keeping the attachment contents. */
class StreamingReadTest {

    private static final String CONTENT_START = "<edXML:ContentTransferEncoded>";
    private static final String CONTENT_END = "</edXML:ContentTransferEncoded>";

    private final EdxmlValidator validator = new EdxmlValidator(Fixtures.READER, new PackageRules(Fixtures.TODAY));

    @Test
    void aTwentyMegabyteAttachmentIsCheckedButNotKept() {
        ParsedPackage letter = validator.validateStreaming(withAttachment("QUJD".repeat(5_000_000)));

        assertThat(letter.documentNumber()).isEqualTo("123/QĐ-SGDĐT");
        assertThat(letter.attachments()).singleElement()
                .satisfies(a -> assertThat(a.getContentTransferEncoded()).isBlank());
        assertThat(letter.attachmentBase64Problem(0)).isNull();
        assertThat(letter.carriesSignatureElement()).isFalse();
    }

    @Test
    void badBase64DeepInALargeAttachmentIsReportedAsFromBytes() {
        String content = "QUJD".repeat(1_000_000) + "\n%%% không phải base64 %%%\n" + "QUJD".repeat(1_000);
        byte[] whole = withAttachmentBytes(content);

        PackageRejectedException streamed = catchThrowableOfType(
                () -> validator.validateStreaming(new ByteArrayInputStream(whole)), PackageRejectedException.class);
        PackageRejectedException fromBytes = catchThrowableOfType(
                () -> validator.validate(whole), PackageRejectedException.class);

        assertThat(streamed.violations()).isEqualTo(fromBytes.violations()).singleElement()
                .satisfies(v -> assertThat(v.value()).startsWith("%%% không phải base64 %%%"));
    }

    @Test
    void aSignatureElementAnywhereIsNoticed() {
        String sample = new String(Fixtures.bytes("valid-new-document.xml"), StandardCharsets.UTF_8);
        String signed = sample.replace("</edXML:edXMLHeader>",
                "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"/></edXML:edXMLHeader>");

        ParsedPackage pkg = Fixtures.READER.readStreaming(
                new ByteArrayInputStream(signed.getBytes(StandardCharsets.UTF_8)));

        assertThat(pkg.carriesSignatureElement()).isTrue();
    }

    private static InputStream withAttachment(String content) {
        String[] parts = split();
        List<InputStream> streams = List.of(stream(parts[0]), stream(content), stream(parts[1]));
        return new SequenceInputStream(Collections.enumeration(streams));
    }

    private static byte[] withAttachmentBytes(String content) {
        String[] parts = split();
        return (parts[0] + content + parts[1]).getBytes(StandardCharsets.UTF_8);
    }

    /** The sample letter before and after its attachment's content. */
    private static String[] split() {
        String sample = new String(Fixtures.bytes("valid-new-document.xml"), StandardCharsets.UTF_8);
        int start = sample.indexOf(CONTENT_START) + CONTENT_START.length();
        return new String[] {sample.substring(0, start), sample.substring(sample.indexOf(CONTENT_END))};
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
