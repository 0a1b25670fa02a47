package vn.lienthong.signatures.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DeflaterOutputStream;

/** PDFs made to hurt a verifier: a compression bomb hidden in an object stream, and plain garbage. */
public final class HostilePdfs {

    private HostilePdfs() {
    }

    /**
     * A PDF whose catalog sits in an object stream that inflates to {@code inflatedBytes} (mostly spaces) from a few
     * hundred kilobytes: any parser that needs the catalog must decode all of it.
     */
    public static byte[] objectStreamBomb(long inflatedBytes) {
        try {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            long[] offsets = new long[5];
            write(pdf, "%PDF-1.7\n");
            byte[] objects = objectStream(inflatedBytes);
            offsets[1] = pdf.size();
            write(pdf, "1 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length " + objects.length
                    + " >>\nstream\n");
            pdf.write(objects);
            write(pdf, "\nendstream\nendobj\n");
            offsets[3] = pdf.size();
            write(pdf, "3 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n");
            offsets[4] = pdf.size();
            byte[] rows = xrefRows(offsets);
            write(pdf, "4 0 obj\n<< /Type /XRef /Size 5 /W [1 4 2] /Root 2 0 R /Length " + rows.length
                    + " >>\nstream\n");
            pdf.write(rows);
            write(pdf, "\nendstream\nendobj\nstartxref\n" + offsets[4] + "\n%%EOF\n");
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Object 2 (the catalog) followed by {@code inflatedBytes} of spaces, deflated as it is written. */
    private static byte[] objectStream(long inflatedBytes) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (OutputStream out = new DeflaterOutputStream(compressed)) {
            out.write("2 0 << /Type /Catalog /Pages 3 0 R >>".getBytes(StandardCharsets.US_ASCII));
            byte[] spaces = new byte[1 << 16];
            Arrays.fill(spaces, (byte) ' ');
            for (long left = inflatedBytes; left > 0; left -= spaces.length) {
                out.write(spaces, 0, (int) Math.min(spaces.length, left));
            }
        }
        return compressed.toByteArray();
    }

    /** Cross-reference stream rows: free 0, object 1 and 3 and 4 at their offsets, object 2 in object stream 1. */
    private static byte[] xrefRows(long[] offsets) {
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        row(rows, 0, 0, 65535);
        row(rows, 1, offsets[1], 0);
        row(rows, 2, 1, 0);
        row(rows, 1, offsets[3], 0);
        row(rows, 1, offsets[4], 0);
        return rows.toByteArray();
    }

    private static void row(ByteArrayOutputStream rows, int type, long field2, int field3) {
        rows.write(type);
        for (int shift = 24; shift >= 0; shift -= 8) {
            rows.write((int) (field2 >> shift) & 0xff);
        }
        rows.write(field3 >> 8 & 0xff);
        rows.write(field3 & 0xff);
    }

    private static void write(ByteArrayOutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
    }
}
