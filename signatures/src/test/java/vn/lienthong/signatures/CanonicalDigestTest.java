package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.stream.Stream;

import org.apache.xml.security.c14n.Canonicalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.lienthong.signatures.testsupport.Packages;

/**
 * The streamed digest is the one a DOM signature computes: exclusive c14n of the whole document, whatever the
 * package's prefixes, comments, processing instructions, character references, CDATA and line ends.
 */
class CanonicalDigestTest {

    static Stream<String> packages() {
        String document = new String(Packages.newDocument(), StandardCharsets.UTF_8);
        return Stream.of(
                document,
                // Comments and PIs before and after the root, and inside it.
                "<!-- trước -->\n<?xml-stylesheet href=\"van-ban.xsl\"?>\n"
                        + document.substring(document.indexOf("<edXML:edXML")).replace("<edXML:edXMLHeader>",
                        "<edXML:edXMLHeader><!-- chú thích --><?lienthong mark?>") + "\n<!-- sau -->\n",
                // CRLF line ends, references, CDATA, attributes in another order, a default namespace below.
                document.replace("\n", "\r\n").replace("Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh",
                        "Sở GD&amp;ĐT &#7843; &#x1EA1; <![CDATA[<b>đậm</b> & nghiêng]]> \"trích\" 'dẫn'"),
                document.replace("<edXML:edXMLEnvelope>", "<edXML:edXMLEnvelope z=\"2\" a=\"1\" xml:lang=\"vi\">")
                        .replace("<edXML:OrganName>Bộ Giáo dục và Đào tạo</edXML:OrganName>",
                                "<edXML:OrganName>Bộ Giáo dục và Đào tạo</edXML:OrganName>"
                                        + "<ghi-chu xmlns=\"urn:lienthong:ghi-chu\" muc=\"1\">\tTab &#9; và &#13;</ghi-chu>"),
                // A default edXML namespace instead of a prefix.
                document.replace("edXML:", "").replace("xmlns:edXML=", "xmlns="));
    }

    @ParameterizedTest
    @MethodSource("packages")
    void theStreamedDigestIsTheDomDigest(String text) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        CanonicalDigest.Result streamed = CanonicalDigest.of(new ByteArrayInputStream(bytes));

        assertThat(streamed.sha256()).isEqualTo(domDigest(bytes));
    }

    @Test
    void theHeaderPathIsWrittenAsInThePackage() {
        byte[] prefixed = Packages.newDocument();
        byte[] unprefixed = new String(prefixed, StandardCharsets.UTF_8).replace("edXML:", "")
                .replace("xmlns:edXML=", "xmlns=").getBytes(StandardCharsets.UTF_8);

        assertThat(CanonicalDigest.of(new ByteArrayInputStream(prefixed)).headerPath())
                .containsExactly("edXML:edXML", "edXML:edXMLEnvelope", "edXML:edXMLHeader");
        assertThat(CanonicalDigest.of(new ByteArrayInputStream(unprefixed)).headerPath())
                .containsExactly("edXML", "edXMLEnvelope", "edXMLHeader");
    }

    @Test
    void aDoctypeIsRefused() {
        String text = new String(Packages.newDocument(), StandardCharsets.UTF_8)
                .replaceFirst("\\?>", "?><!DOCTYPE edXML:edXML [<!ENTITY x \"y\">]>");

        assertThatThrownBy(() -> CanonicalDigest.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(SigningException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void aSecondHeaderLeavesNoPlaceForTheSignature() {
        String text = new String(Packages.newDocument(), StandardCharsets.UTF_8)
                .replace("</edXML:edXMLHeader>", "</edXML:edXMLHeader><edXML:edXMLHeader/>");

        assertThatThrownBy(() -> CanonicalDigest.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(SigningException.class)
                .hasMessage("package has no single edXML/edXMLEnvelope/edXMLHeader to carry the signature");
    }

    private static byte[] domDigest(byte[] bytes) throws Exception {
        XmlSecurity.init();
        ByteArrayOutputStream canonical = new ByteArrayOutputStream();
        Canonicalizer.getInstance(Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS)
                .canonicalizeSubtree(XmlSecurity.parse(bytes), canonical);
        return MessageDigest.getInstance("SHA-256").digest(canonical.toByteArray());
    }
}
