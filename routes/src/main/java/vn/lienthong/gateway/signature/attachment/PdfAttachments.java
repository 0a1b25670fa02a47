package vn.lienthong.gateway.signature.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import vn.lienthong.gateway.store.PackageContent;
import vn.lienthong.gateway.store.PackageSpool;
import vn.lienthong.schemas.edxml.Attachment;
import vn.lienthong.schemas.model.ContentIds;
import vn.lienthong.schemas.model.ParsedPackage;
import vn.lienthong.signatures.pdf.PdfSource;

/**
 * The PDF attachments of a package, decoded: in memory for a package held in memory, into spool files for a spooled
 * one (never the whole PDF in the heap). An attachment is a PDF when it says so (content type, {@code .pdf} name) or
 * its bytes begin with {@code %PDF-}. Closing deletes the spool files.
 */
public final class PdfAttachments implements AutoCloseable {

    static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    /** One PDF attachment, with where its decoded bytes are. */
    public record Found(int position, String name, String contentId, PdfSource source) {
    }

    private final List<Found> found;
    private final List<Path> files;

    private PdfAttachments(List<Found> found, List<Path> files) {
        this.found = List.copyOf(found);
        this.files = List.copyOf(files);
    }

    /** The PDFs of {@code parsed}, whose bytes are {@code content}. */
    public static PdfAttachments of(PackageContent content, ParsedPackage parsed, PackageSpool spool) {
        return content.inMemory() ? inMemory(parsed) : SpooledAttachmentDecoder.decode(content, parsed, spool);
    }

    static PdfAttachments of(List<Found> found, List<Path> files) {
        return new PdfAttachments(found, files);
    }

    private static PdfAttachments inMemory(ParsedPackage parsed) {
        List<Found> found = new ArrayList<>();
        List<Attachment> attachments = parsed.attachments();
        for (int i = 0; i < attachments.size(); i++) {
            Attachment attachment = attachments.get(i);
            String text = attachment.getContentTransferEncoded();
            byte[] bytes = Base64.getMimeDecoder().decode(text == null ? "" : text);
            if (declaredPdf(attachment) || startsLikePdf(bytes)) {
                found.add(found(i, attachment, PdfSource.of(bytes)));
            }
        }
        return new PdfAttachments(found, List.of());
    }

    static Found found(int index, Attachment attachment, PdfSource source) {
        return new Found(index + 1, attachment.getAttachmentName(), ContentIds.bare(attachment.getContentId()),
                source);
    }

    /** The content type or the file name says PDF (producers write {@code application/pdf} or only a name). */
    static boolean declaredPdf(Attachment attachment) {
        String type = attachment.getContentType() == null ? "" : attachment.getContentType().toLowerCase(Locale.ROOT);
        String name = attachment.getAttachmentName() == null ? ""
                : attachment.getAttachmentName().toLowerCase(Locale.ROOT);
        return type.contains("pdf") || name.endsWith(".pdf");
    }

    static boolean startsLikePdf(byte[] head) {
        return head.length >= MAGIC.length && Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    public List<Found> found() {
        return found;
    }

    @Override
    public void close() {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the decoded attachment " + file, e);
            }
        }
    }
}
