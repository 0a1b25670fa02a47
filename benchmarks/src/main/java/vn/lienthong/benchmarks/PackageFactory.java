package vn.lienthong.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

/** Makes distinct Vietnamese sample packages of a chosen size from the shipped sample, by document number. */
public final class PackageFactory {

    private final String template;
    private final String attachment;

    /** @param attachmentBytes the size of the (random, base64-encoded) attachment each package carries */
    public PackageFactory(int attachmentBytes) {
        String sample = load("samples/valid-new-document.xml");
        byte[] content = new byte[attachmentBytes];
        new Random(42).nextBytes(content);
        this.attachment = Base64.getMimeEncoder().encodeToString(content);
        int start = sample.indexOf("<edXML:ContentTransferEncoded>") + "<edXML:ContentTransferEncoded>".length();
        int end = sample.indexOf("</edXML:ContentTransferEncoded>");
        this.template = sample.substring(0, start) + "@ATTACHMENT@" + sample.substring(end);
    }

    /** A package that is a new document: number {@code n}, no DocumentId (the gateway derives it). */
    public byte[] numbered(int n) {
        return template.replaceFirst("<edXML:CodeNumber>[^<]*</edXML:CodeNumber>", "<edXML:CodeNumber>" + n + "</edXML:CodeNumber>")
                .replaceFirst("<edXML:DocumentId>[^<]*</edXML:DocumentId>", "")
                .replace("@ATTACHMENT@", attachment)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The document number a delivered package carries, read back without parsing the whole package. */
    public static int numberOf(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 8192), StandardCharsets.UTF_8);
        int start = text.indexOf("<edXML:CodeNumber>") + "<edXML:CodeNumber>".length();
        return Integer.parseInt(text.substring(start, text.indexOf('<', start)));
    }

    private static String load(String resource) {
        try (InputStream in = PackageFactory.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
