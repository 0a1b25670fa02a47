package vn.lienthong.signatures.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Where a PDF's bytes are: a small one in memory, a large one in a file read in place, so that verifying never holds
 * a 50 MB PDF in the heap. Each {@link #open()} gives an independent reader.
 */
public interface PdfSource {

    /** The PDF's length in bytes. */
    long size() throws IOException;

    /** A new reader positioned at the first byte; the caller closes it. */
    RandomAccessRead open() throws IOException;

    /** A PDF held in {@code bytes}, which are read in place, not copied. */
    static PdfSource of(byte[] bytes) {
        return new PdfSource() {
            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public RandomAccessRead open() {
                return new RandomAccessReadBuffer(bytes);
            }
        };
    }

    /** A PDF in {@code file}, read through a small buffer. */
    static PdfSource of(Path file) {
        return new PdfSource() {
            @Override
            public long size() throws IOException {
                return Files.size(file);
            }

            @Override
            public RandomAccessRead open() throws IOException {
                return new RandomAccessReadBufferedFile(file);
            }
        };
    }
}
