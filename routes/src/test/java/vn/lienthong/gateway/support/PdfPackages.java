package vn.lienthong.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sample packages whose PDF attachment is one of the signed-PDF fixtures of {@code certs-sample/pdf/}. */
public final class PdfPackages {

    private static final Pattern CONTENT = Pattern.compile(
            "<edXML:ContentTransferEncoded>[^<]*</edXML:ContentTransferEncoded>");

    private PdfPackages() {
    }

    /** The bytes of {@code certs-sample/pdf/<name>}. */
    public static byte[] fixture(String name) {
        try {
            return Files.readAllBytes(SamplePki.file("pdf/" + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code xml} (a sample package) with its one attachment's content replaced by {@code pdf}, base64 in lines. */
    public static byte[] carrying(byte[] xml, byte[] pdf) {
        String text = new String(xml, StandardCharsets.UTF_8);
        Matcher content = CONTENT.matcher(text);
        if (!content.find()) {
            throw new IllegalArgumentException("the package has no attachment content to replace");
        }
        String encoded = Base64.getMimeEncoder().encodeToString(pdf);
        return (text.substring(0, content.start()) + "<edXML:ContentTransferEncoded>" + encoded
                + "</edXML:ContentTransferEncoded>" + text.substring(content.end())).getBytes(StandardCharsets.UTF_8);
    }
}
