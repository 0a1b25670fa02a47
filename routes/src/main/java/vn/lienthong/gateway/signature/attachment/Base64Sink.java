package vn.lienthong.gateway.signature.attachment;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Base64;

/**
 * Decodes base64 text handed over in pieces (as a SAX parser hands over an attachment's content) into a stream,
 * a few kilobytes at a time; characters outside the alphabet (line breaks, spaces) are skipped, as the MIME
 * decoder does. The package was validated as base64 before, so the text is known to be sound.
 */
final class Base64Sink {

    private static final int QUADS = 4096;

    private final OutputStream out;
    private final byte[] pending = new byte[QUADS * 4];
    private int count;

    Base64Sink(OutputStream out) {
        this.out = out;
    }

    void accept(char[] text, int start, int length) throws IOException {
        for (int i = start; i < start + length; i++) {
            char c = text[i];
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
                    || c == '=') {
                pending[count++] = (byte) c;
                if (count == pending.length) {
                    flush(count);
                }
            }
        }
    }

    /** Decodes what is left, its padding included, and closes the stream. */
    void finish() throws IOException {
        try (out) {
            flush(count);
        }
    }

    private void flush(int length) throws IOException {
        if (length == 0) {
            return;
        }
        byte[] chunk = length == pending.length ? pending : java.util.Arrays.copyOf(pending, length);
        out.write(Base64.getDecoder().decode(chunk));
        count = 0;
    }
}
