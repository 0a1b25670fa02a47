package vn.lienthong.signatures.pdf;

import java.io.IOException;
import java.util.Arrays;

import org.apache.pdfbox.io.RandomAccessRead;

/**
 * A signature's /ByteRange {@code [0 a b c]}: the signed bytes are {@code [0, a)} and {@code [b, b + c)}, and the gap
 * between them holds exactly the hexadecimal /Contents string, so nothing but the signature itself is left unsigned.
 *
 * @param gapStart {@code a}, where the {@code <} of /Contents stands
 * @param gapEnd   {@code b}, just after its {@code >}
 * @param end      {@code b + c}, where the signed revision ends
 */
record ByteRange(long gapStart, long gapEnd, long end) {

    /**
     * The range in {@code values}, checked against the file: four whole numbers from 0, in order, within the file,
     * the gap no larger than a /Contents of {@code maxContentsBytes} and holding exactly {@code <…>}.
     */
    static ByteRange of(int[] values, RandomAccessRead file, int maxContentsBytes) throws IOException {
        if (values == null || values.length != 4) {
            throw PdfRejection.of("ByteRange must hold four numbers, has "
                    + (values == null ? "none" : Arrays.toString(values)));
        }
        long gapStart = values[1];
        long gapEnd = (long) values[2];
        long end = gapEnd + values[3];
        if (values[0] != 0 || gapStart <= 0 || gapEnd <= gapStart || values[3] < 0 || end > file.length()) {
            throw PdfRejection.of("ByteRange " + Arrays.toString(values) + " does not describe a revision of this "
                    + file.length() + "-byte file (expected [0 a b c] with 0 < a < b and b + c within the file)");
        }
        if (gapEnd - gapStart > 2L * maxContentsBytes + 2) {
            throw PdfRejection.of("signature /Contents of " + (gapEnd - gapStart - 2) / 2 + " bytes exceeds the limit of "
                    + maxContentsBytes + " bytes");
        }
        if (byteAt(file, gapStart) != '<' || byteAt(file, gapEnd - 1) != '>') {
            throw PdfRejection.of("ByteRange " + Arrays.toString(values)
                    + " leaves unsigned bytes that are not the signature's /Contents");
        }
        return new ByteRange(gapStart, gapEnd, end);
    }

    private static int byteAt(RandomAccessRead file, long position) throws IOException {
        file.seek(position);
        return file.read();
    }

    /** How many bytes the signature covers. */
    long signedLength() {
        return gapStart + (end - gapEnd);
    }
}
