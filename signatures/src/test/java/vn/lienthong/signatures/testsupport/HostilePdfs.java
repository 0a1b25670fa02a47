package vn.lienthong.signatures.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.FilterFactory;

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

    /**
     * Object 2 (the catalog) followed by {@code inflatedBytes} of spaces, deflated as it is read by PDFBox's own
     * Flate filter (the gateway's code never touches java.util.zip: an architecture test says so).
     */
    private static byte[] objectStream(long inflatedBytes) throws IOException {
        byte[] catalog = "2 0 << /Type /Catalog /Pages 3 0 R >>".getBytes(StandardCharsets.US_ASCII);
        InputStream plain = new InputStream() {
            private long position;

            @Override
            public int read() {
                if (position >= catalog.length + inflatedBytes) {
                    return -1;
                }
                return position < catalog.length ? catalog[(int) position++] : spaceAt();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (position < catalog.length || position >= catalog.length + inflatedBytes) {
                    int c = read();
                    if (c >= 0) {
                        b[off] = (byte) c;
                    }
                    return c < 0 ? -1 : 1;
                }
                int n = (int) Math.min(len, catalog.length + inflatedBytes - position);
                Arrays.fill(b, off, off + n, (byte) ' ');
                position += n;
                return n;
            }

            private int spaceAt() {
                position++;
                return ' ';
            }
        };
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        FilterFactory.INSTANCE.getFilter(COSName.FLATE_DECODE).encode(plain, compressed, new COSDictionary(), 0);
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
