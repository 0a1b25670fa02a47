package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Finding the header's end in a package read by growing prefixes, and writing text in there. */
class HeaderSpliceTest {

    private static final List<String> PATH = List.of("e:edXML", "e:edXMLEnvelope", "e:edXMLHeader");

    @Test
    void findsTheHeaderEndPastTheFirstPrefixWithVietnameseAcrossItsBoundaries() throws IOException {
        // 100 000 three-byte characters put the end tag far past the first 64 KB prefix, cutting characters at its end.
        byte[] pkg = pkg("Về việc tổ chức kỳ thi".repeat(5_000));

        long offset = HeaderSplice.endTagOffset(() -> new ByteArrayInputStream(pkg), PATH);

        assertThat(offset).isGreaterThan(64 * 1024);
        assertThat(new String(pkg, (int) offset, 16, StandardCharsets.UTF_8)).isEqualTo("</e:edXMLHeader>");
        assertThat(HeaderSplice.headerPath(() -> new ByteArrayInputStream(pkg))).isEqualTo(PATH);
    }

    @Test
    void writesTheInsertionBeforeTheEndTagAndDeclaresUtf8WhenThePackageDidNot() throws IOException {
        byte[] pkg = pkg("Quyết định");
        int offset = (int) HeaderSplice.endTagOffset(() -> new ByteArrayInputStream(pkg), PATH);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        HeaderSplice.write(Arrays.copyOf(pkg, offset), "<ds:Signature/>",
                new ByteArrayInputStream(pkg, offset, pkg.length - offset), out);

        String written = out.toString(StandardCharsets.UTF_8);
        assertThat(written).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<e:edXML")
                .contains("Quyết định</e:Subject><ds:Signature/></e:edXMLHeader>")
                .endsWith("</e:edXML>");
    }

    @Test
    void aPackageWithoutTheHeaderEndIsRefused() {
        byte[] pkg = "<e:edXML xmlns:e=\"urn:x\"><e:edXMLEnvelope/></e:edXML>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> HeaderSplice.endTagOffset(() -> new ByteArrayInputStream(pkg), PATH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] pkg(String subject) {
        return ("<e:edXML xmlns:e=\"urn:x\"><e:edXMLEnvelope><e:edXMLHeader><e:Subject>" + subject
                + "</e:Subject></e:edXMLHeader><e:edXMLBody/></e:edXMLEnvelope></e:edXML>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
