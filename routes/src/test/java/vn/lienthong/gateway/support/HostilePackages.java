package vn.lienthong.gateway.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds hostile variants of the Vietnamese sample packages, each aimed at one weakness an XML gateway may have:
 * entity tricks, parser limits, encodings, attachment content and names, recipients and senders.
 */
public final class HostilePackages {

    /** Where the entity tricks put their payload: the document's subject or the status's description. */
    private static final String[] ECHOED = {"<edXML:Subject>", "<edXML:Description>"};
    private static final String PROLOG_END = "?>";

    private HostilePackages() {
    }

    /** The department's sample decision, numbered {@code number}, as text. */
    public static String document(int number) {
        return SignedPackages.text(SamplePackages.validDocumentNumbered(number));
    }

    /** The district's status 03 about the department's document {@code number}, as text. */
    public static String status(int number) {
        return SignedPackages.text(SamplePackages.statusAnswering(number));
    }

    /** An external entity that reads a file of the gateway's machine into the subject. */
    public static byte[] externalFileEntity(String xml) {
        return withDoctype(xml, "<!DOCTYPE edXML:edXML [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", "&xxe;");
    }

    /** An external entity fetched over the network, plus an external DTD, both from {@code url}. */
    public static byte[] networkEntity(String xml, String url) {
        return withDoctype(xml, "<!DOCTYPE edXML:edXML SYSTEM \"" + url + "/dtd\" [<!ENTITY xxe SYSTEM \"" + url
                + "/entity\"> <!ENTITY % remote SYSTEM \"" + url + "/parameter\"> %remote;]>", "&xxe;");
    }

    /** Ten levels of ten references each: a billion "lol"s from under a kilobyte. */
    public static byte[] billionLaughs(String xml) {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE edXML:edXML [<!ENTITY lol0 \"lol\">");
        for (int level = 1; level <= 9; level++) {
            doctype.append("<!ENTITY lol").append(level).append(" \"")
                    .append(("&lol" + (level - 1) + ";").repeat(10)).append("\">");
        }
        return withDoctype(xml, doctype.append("]>").toString(), "&lol9;");
    }

    /** One 50 000-character entity referenced 20 000 times: a gigabyte of text, no nesting needed. */
    public static byte[] quadraticBlowUp(String xml) {
        return withDoctype(xml, "<!DOCTYPE edXML:edXML [<!ENTITY a \"" + "a".repeat(50_000) + "\">]>",
                "&a;".repeat(20_000));
    }

    /** A DOCTYPE that declares nothing at all. */
    public static byte[] harmlessDoctype(String xml) {
        return withDoctype(xml, "<!DOCTYPE edXML:edXML>", "");
    }

    /**
     * {@code depth} nested elements inside the business block, whose content the schema leaves open; a status has no
     * business block, so it gets a TraceHeaderList holding one.
     */
    public static byte[] deepNesting(String xml, int depth) {
        String info = "<edXML:BussinessDocumentInfo>" + "<edXML:Muc>".repeat(depth) + "sâu"
                + "</edXML:Muc>".repeat(depth) + "</edXML:BussinessDocumentInfo>";
        String paper = "<edXML:Paper>0</edXML:Paper>";
        String nested = xml.contains(paper) ? replaceOnce(xml, paper, paper + info)
                : replaceOnce(xml, "</edXML:Status>", "</edXML:Status><edXML:TraceHeaderList><edXML:Bussiness>"
                        + "<edXML:BussinessDocType>0</edXML:BussinessDocType>" + info
                        + "</edXML:Bussiness></edXML:TraceHeaderList>");
        return nested.getBytes(StandardCharsets.UTF_8);
    }

    /** A UTF-8 lead byte followed by an ASCII letter in the sender's name, which no UTF-8 text holds. */
    public static byte[] invalidUtf8(String xml) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        byte[] marker = "<edXML:OrganName>".getBytes(StandardCharsets.UTF_8);
        int at = indexOf(bytes, marker);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        at += marker.length;
        out.write(bytes, 0, at);
        out.write(0xE1);
        out.write('x');
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    /** UTF-8 bytes that declare themselves {@code encoding}: a parser would read Vietnamese as mojibake. */
    public static byte[] declaredAs(String xml, String encoding) {
        return replaceOnce(xml, "encoding=\"UTF-8\"", "encoding=\"" + encoding + "\"").getBytes(StandardCharsets.UTF_8);
    }

    /** The attachment's content replaced by {@code text}. */
    public static byte[] attachmentContent(String xml, String text) {
        return xml.replaceFirst("(?s)<edXML:ContentTransferEncoded>.*</edXML:ContentTransferEncoded>",
                "<edXML:ContentTransferEncoded>" + text + "</edXML:ContentTransferEncoded>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The attachment (and its manifest reference) named {@code name}, written into the XML as is. */
    public static byte[] attachmentNamed(String xml, String name) {
        return xml.replace("<edXML:AttachmentName>123_QĐ-SGDĐT.pdf</edXML:AttachmentName>",
                "<edXML:AttachmentName>" + name + "</edXML:AttachmentName>").getBytes(StandardCharsets.UTF_8);
    }

    /** The attachment named with a raw NUL byte in the middle, which no XML document may contain. */
    public static byte[] attachmentNameWithRawNul(String xml) {
        return attachmentNamed(xml, "quyet-dinh\u0000.pdf");
    }

    /** The package addressed to {@code recipient} twice (the Ministry's entry becomes a second copy of it). */
    public static byte[] duplicateRecipient(String xml, String recipient, String replaced) {
        return xml.replace("<edXML:OrganId>" + replaced + "</edXML:OrganId>",
                "<edXML:OrganId>" + recipient + "</edXML:OrganId>").getBytes(StandardCharsets.UTF_8);
    }

    /** The package without any To element. */
    public static byte[] withoutRecipients(String xml) {
        return xml.replaceAll("(?s)<edXML:To>.*?</edXML:To>\\s*", "").getBytes(StandardCharsets.UTF_8);
    }

    /** A zip archive of {@code size} zero bytes, base64 for an attachment: a few kilobytes that inflate to it all. */
    public static String zipBombBase64(String entryName, int size) {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            out.putNextEntry(new ZipEntry(entryName));
            byte[] zeros = new byte[1 << 20];
            for (int written = 0; written < size; written += zeros.length) {
                out.write(zeros, 0, Math.min(zeros.length, size - written));
            }
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getMimeEncoder().encodeToString(zip.toByteArray());
    }

    /** The package carrying the zip bomb as its attachment, declared as a zip archive. */
    public static byte[] withZipBombAttachment(String xml, String zipBase64) {
        String zipped = xml.replace("123_QĐ-SGDĐT.pdf", "123_QĐ-SGDĐT.zip")
                .replace("<edXML:ContentType>application/pdf</edXML:ContentType>",
                        "<edXML:ContentType>application/zip</edXML:ContentType>");
        return attachmentContent(zipped, zipBase64);
    }

    private static byte[] withDoctype(String xml, String doctype, String payload) {
        int prologEnd = xml.indexOf(PROLOG_END) + PROLOG_END.length();
        String withDoctype = xml.substring(0, prologEnd) + "\n" + doctype + xml.substring(prologEnd);
        for (String echoed : ECHOED) {
            if (withDoctype.contains(echoed)) {
                return replaceOnce(withDoctype, echoed, echoed + payload).getBytes(StandardCharsets.UTF_8);
            }
        }
        throw new IllegalArgumentException("sample has neither a subject nor a description");
    }

    private static String replaceOnce(String text, String target, String replacement) {
        int at = text.indexOf(target);
        if (at < 0) {
            throw new IllegalArgumentException("sample has no " + target);
        }
        return text.substring(0, at) + replacement + text.substring(at + target.length());
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("marker not found");
    }
}
