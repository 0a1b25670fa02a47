package vn.lienthong.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the Vietnamese sample packages that ship on the classpath, and makes distinct variants of them. */
public final class SamplePackages {

    private SamplePackages() {
    }

    public static byte[] load(String name) {
        try (InputStream in = SamplePackages.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name + " on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The valid sample sent by the Ministry to the department and the district: sender and one recipient swapped. */
    public static byte[] fromMinistryNumbered(int number) {
        String xml = new String(validDocumentNumbered(number), StandardCharsets.UTF_8);
        return xml.replace("000.00.13.H53", "@SENDER@").replace("000.00.00.G03", "000.00.13.H53")
                .replace("@SENDER@", "000.00.00.G03").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The district's status 03 sample answering the renumbered sample {@code number} that the department sent,
     * as {@link #validDocumentNumbered(int)} identifies it (sender, promulgation date and number).
     */
    public static byte[] statusAnswering(int number) {
        String xml = new String(load("samples/valid-status-03.xml"), StandardCharsets.UTF_8);
        return xml.replace("123/QĐ-SGDĐT", number + "/QĐ-SGDĐT").getBytes(StandardCharsets.UTF_8);
    }

    /** The same status sample, reporting {@code code} with {@code description} instead of 03. */
    public static byte[] statusAnswering(int number, String code, String description) {
        String xml = new String(statusAnswering(number), StandardCharsets.UTF_8);
        return xml.replace("<edXML:StatusCode>03</edXML:StatusCode>", "<edXML:StatusCode>" + code + "</edXML:StatusCode>")
                .replace("<edXML:Description>Đã tiếp nhận và vào sổ văn bản đến</edXML:Description>",
                        "<edXML:Description>" + description + "</edXML:Description>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A later package about the same document: business type 1 (revocation), 2 (update) or 3 (replacement), with
     * the reason, keeping the document's number and so its DocumentId.
     */
    public static byte[] businessChangeOf(int number, int type, String reason) {
        String xml = new String(validDocumentNumbered(number), StandardCharsets.UTF_8);
        String changed = xml.replace("<edXML:BussinessDocType>0</edXML:BussinessDocType>",
                        "<edXML:BussinessDocType>" + type + "</edXML:BussinessDocType>")
                .replace("<edXML:BussinessDocReason></edXML:BussinessDocReason>",
                        "<edXML:BussinessDocReason>" + reason + "</edXML:BussinessDocReason>");
        if (changed.equals(xml)) {
            throw new IllegalStateException("sample has no Bussiness block to change");
        }
        return changed.getBytes(StandardCharsets.UTF_8);
    }

    /** The valid sample with another document number, so that it is a new document and not a re-post. */
    public static byte[] validDocumentNumbered(int number) {
        String xml = new String(load("samples/valid-new-document.xml"), StandardCharsets.UTF_8);
        String renumbered = xml.replaceFirst("<edXML:CodeNumber>[^<]*</edXML:CodeNumber>",
                "<edXML:CodeNumber>" + number + "</edXML:CodeNumber>");
        if (renumbered.equals(xml)) {
            throw new IllegalStateException("sample has no edXML:CodeNumber to renumber");
        }
        return renumbered.replaceAll("<edXML:DocumentId>[^<]*</edXML:DocumentId>", "")
                .getBytes(StandardCharsets.UTF_8);
    }
}
