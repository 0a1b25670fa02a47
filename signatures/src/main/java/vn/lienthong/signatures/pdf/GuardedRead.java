package vn.lienthong.signatures.pdf;

import java.io.IOException;

import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * A reader that stops a PDF's verification once its {@link PdfBudget} is spent: every byte PDFBox parses or inflates
 * comes through here, so a bomb is stopped at its next read.
 */
final class GuardedRead implements RandomAccessRead {

    private static final int SINGLE_READS_PER_CHECK = 4096;

    private final RandomAccessRead source;
    private final PdfBudget budget;
    private int singleReads;

    GuardedRead(RandomAccessRead source, PdfBudget budget) {
        this.source = source;
        this.budget = budget;
    }

    @Override
    public int read() throws IOException {
        if (++singleReads % SINGLE_READS_PER_CHECK == 0) {
            budget.require();
        }
        return source.read();
    }

    @Override
    public int read(byte[] b, int offset, int length) throws IOException {
        budget.require();
        return source.read(b, offset, length);
    }

    @Override
    public long getPosition() throws IOException {
        return source.getPosition();
    }

    @Override
    public void seek(long position) throws IOException {
        source.seek(position);
    }

    @Override
    public long length() throws IOException {
        return source.length();
    }

    @Override
    public boolean isClosed() {
        return source.isClosed();
    }

    @Override
    public boolean isEOF() throws IOException {
        return source.isEOF();
    }

    @Override
    public RandomAccessReadView createView(long startPosition, long streamLength) {
        return new RandomAccessReadView(this, startPosition, streamLength);
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
