package vn.lienthong.signatures.pdf;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.pdfbox.io.RandomAccessRead;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.cms.CMSTypedData;

/**
 * The bytes a PDF signature covers, as the detached content of its CMS: written straight from the file into the
 * digest, range by range, so a 50 MB PDF is digested without ever being held in memory.
 */
final class SignedRevision implements CMSTypedData {

    private static final int CHUNK = 64 * 1024;

    private final PdfSource source;
    private final ByteRange range;
    private final PdfBudget budget;

    SignedRevision(PdfSource source, ByteRange range, PdfBudget budget) {
        this.source = source;
        this.range = range;
        this.budget = budget;
    }

    @Override
    public ASN1ObjectIdentifier getContentType() {
        return CMSObjectIdentifiers.data;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        try (RandomAccessRead file = new GuardedRead(source.open(), budget)) {
            copy(file, 0, range.gapStart(), out);
            copy(file, range.gapEnd(), range.end(), out);
        }
    }

    private static void copy(RandomAccessRead file, long from, long to, OutputStream out) throws IOException {
        byte[] chunk = new byte[CHUNK];
        file.seek(from);
        for (long left = to - from; left > 0; ) {
            int n = file.read(chunk, 0, (int) Math.min(chunk.length, left));
            if (n < 0) {
                throw new IOException("the file ends before its ByteRange does");
            }
            out.write(chunk, 0, n);
            left -= n;
        }
    }

    @Override
    public Object getContent() {
        return range;
    }
}
