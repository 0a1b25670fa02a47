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

    private long offset;
    private long data;
    private int padding;
    private long problemAt = -1;
    private final StringBuilder excerpt = new StringBuilder();
    /** The last {@link #EXCERPT} characters seen, for the length-only case, as a ring. */
    private final char[] tail = new char[EXCERPT];

    /** Scans a whole text at once. */
    public static Base64Scanner of(CharSequence text) {
        Base64Scanner scanner = new Base64Scanner();
        for (int i = 0; i < text.length(); i++) {
            scanner.accept(text.charAt(i));
        }
        return scanner;
    }

    /** Feeds the next chunk of the text. */
    public void accept(char[] chars, int start, int length) {
        for (int i = start; i < start + length; i++) {
            accept(chars[i]);
        }
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
