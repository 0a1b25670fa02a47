package vn.lienthong.schemas.model;

/**
 * Checks base64 text chunk by chunk, as a streaming parser hands it over, so a 50 MB attachment is checked without
 * being held, and keeps just enough of it to quote the first wrong character (or the tail, when only the length
 * is wrong) in the violation.
 *
 * <p>Accepted: the standard alphabet; spaces and line breaks anywhere (MIME producers wrap lines); up to two '='
 * at the end. Missing padding is tolerated, as Java's decoder does, but a length no byte sequence encodes to
 * (one character too many) is not. Not thread-safe: one scanner per text.
 */
public final class Base64Scanner {

    /** Characters quoted from the text in a violation. */
    static final int EXCERPT = Violation.MAX_QUOTED_CODE_POINTS;

    /** Per ASCII character: 1 for an alphabet symbol, 2 for white space allowed between symbols, 0 otherwise. */
    private static final byte[] PLAIN = new byte[128];

    static {
        for (char c = 0; c < PLAIN.length; c++) {
            PLAIN[c] = (byte) (inAlphabet(c) ? 1 : c == ' ' || c == '\t' || c == '\r' || c == '\n' ? 2 : 0);
        }
    }

    private long offset;
    private long data;
    private int padding;
    private long problemAt = -1;
    private final StringBuilder excerpt = new StringBuilder();
    /** The last {@link #EXCERPT} characters seen, for the length-only case, as a ring. */
    private final char[] tail = new char[EXCERPT];

    /** Scans a whole text at once, in chunks, so that it takes the fast path of {@link #accept(char[], int, int)}. */
    public static Base64Scanner of(CharSequence text) {
        Base64Scanner scanner = new Base64Scanner();
        String whole = text.toString();
        char[] chunk = new char[Math.min(whole.length(), 8192)];
        for (int at = 0; at < whole.length(); at += chunk.length) {
            int length = Math.min(chunk.length, whole.length() - at);
            whole.getChars(at, at + length, chunk, 0);
            scanner.accept(chunk, 0, length);
        }
        return scanner;
    }

    /**
     * Feeds the next chunk of the text. The run of plain alphabet and line breaks that makes up nearly all of an
     * attachment is counted in a tight loop, and only its last characters are kept for the excerpt; anything else
     * (padding, a wrong character, what follows a problem) goes through {@link #accept(char)}.
     */
    public void accept(char[] chars, int start, int length) {
        int end = start + length;
        int plain = start;
        if (problemAt < 0 && padding == 0) {
            long symbols = 0;
            while (plain < end) {
                char c = chars[plain];
                if (c < PLAIN.length && PLAIN[c] != 0) {
                    symbols += PLAIN[c] & 1;
                    plain++;
                } else {
                    break;
                }
            }
            data += symbols;
            keepTail(chars, start, plain);
        }
        for (int i = plain; i < end; i++) {
            accept(chars[i]);
        }
    }

    /** Records chars[from..to) as seen: only the last {@link #EXCERPT} of them can still be quoted. */
    private void keepTail(char[] chars, int from, int to) {
        for (int i = Math.max(from, to - EXCERPT); i < to; i++) {
            tail[(int) ((offset + i - from) % EXCERPT)] = chars[i];
        }
        offset += to - from;
    }

    /** Feeds the next character of the text. */
    public void accept(char c) {
        tail[(int) (offset % EXCERPT)] = c;
        offset++;
        if (problemAt >= 0) {
            if (excerpt.length() < EXCERPT) {
                excerpt.append(c);
            }
            return;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            return;
        }
        if (c == '=') {
            if (++padding > 2) {
                problemFound(c);
            }
        } else if (padding > 0 || !inAlphabet(c)) {
            problemFound(c);
        } else {
            data++;
        }
    }

    /** Characters fed so far. */
    public long length() {
        return offset;
    }

    /**
     * The text from the first bad character on (or its last characters when only the length is wrong), one space
     * where lines were broken, or {@code null} when the text is valid base64.
     */
    public String problem() {
        if (problemAt >= 0) {
            return readable(excerpt);
        }
        boolean wholeQuanta = padding > 0 ? (data + padding) % 4 == 0 : data % 4 != 1;
        return wholeQuanta ? null : readable(tailText());
    }

    private void problemFound(char c) {
        problemAt = offset - 1;
        excerpt.append(c);
    }

    private CharSequence tailText() {
        int kept = (int) Math.min(offset, EXCERPT);
        StringBuilder text = new StringBuilder(kept);
        for (long i = offset - kept; i < offset; i++) {
            text.append(tail[(int) (i % EXCERPT)]);
        }
        return text;
    }

    /** Line wrapping is noise in an error message: show the characters, one space where lines were broken. */
    private static String readable(CharSequence text) {
        return text.toString().strip().replaceAll("\\s+", " ");
    }

    private static boolean inAlphabet(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/';
    }
}
