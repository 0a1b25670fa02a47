package vn.lienthong.gateway.support;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * Writes edXML packages of any size without holding them: the renumbered sample decision with its attachment
 * replaced by a generated PDF-like file, base64 in 76-character lines, and the SHA-256 of that file.
 */
public final class LargePackages {

    private static final String CONTENT_START = "<edXML:ContentTransferEncoded>";
    private static final String CONTENT_END = "</edXML:ContentTransferEncoded>";

    /** A package written to {@code file}, its size, and the SHA-256 of its attachment's decoded bytes. */
    public record Generated(Path file, long size, String attachmentSha256) {
    }

    private LargePackages() {
    }

    /** The sample numbered {@code number} carrying an attachment of {@code attachmentBytes} bytes. */
    public static Generated write(Path file, int number, long attachmentBytes) throws IOException {
        String sample = new String(SamplePackages.validDocumentNumbered(number), StandardCharsets.UTF_8);
        int start = sample.indexOf(CONTENT_START) + CONTENT_START.length();
        int end = sample.indexOf(CONTENT_END);
        MessageDigest attachment = sha256();
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(sample.substring(0, start).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
            try (OutputStream encoder = Base64.getMimeEncoder().wrap(new KeepOpen(out))) {
                writePdfLike(new DigestOutputStream(encoder, attachment), attachmentBytes, number);
            }
            out.write("\n      ".getBytes(StandardCharsets.US_ASCII));
            out.write(sample.substring(end).getBytes(StandardCharsets.UTF_8));
        }
        return new Generated(file, Files.size(file), HexFormat.of().formatHex(attachment.digest()));
    }

    /**
     * The SHA-256 of the decoded attachment of a package as a partner received it, decoded as a stream from the
     * text between the ContentTransferEncoded tags.
     */
    public static String attachmentSha256(byte[] received) throws IOException {
        String text = new String(received, StandardCharsets.ISO_8859_1);
        int start = text.indexOf(CONTENT_START) + CONTENT_START.length();
        int end = text.indexOf(CONTENT_END, start);
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Base64.getMimeDecoder().wrap(
                new java.io.ByteArrayInputStream(received, start, end - start)), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void writePdfLike(OutputStream out, long size, int seed) throws IOException {
        byte[] header = "%PDF-1.4\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
        out.write(header);
        SplittableRandom random = new SplittableRandom(seed);
        byte[] chunk = new byte[64 * 1024];
        for (long written = header.length; written < size; written += chunk.length) {
            random.nextBytes(chunk);
            out.write(chunk, 0, (int) Math.min(chunk.length, size - written));
        }
        out.flush();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lets the base64 encoder write its final padding on close without closing the file under it. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
