package vn.lienthong.schemas.rules;

/**
 * Checks base64 text in one pass, character by character, so a 50 MB attachment is not decoded into a second
 * copy just to be checked, and points at the first character that is wrong.
 *
 * <p>Accepted: the standard alphabet; spaces and line breaks anywhere (MIME producers wrap lines); up to two
 * '=' at the end. Missing padding is tolerated, as Java's decoder does, but a length no byte sequence encodes
 * to (one character too many) is not.
 */
final class Base64Text {

    static final int VALID = -1;

    private Base64Text() {
    }

    static boolean isValid(CharSequence text) {
        return firstProblem(text) == VALID;
    }

    /**
     * Offset of the first character that makes {@code text} invalid, {@code text.length()} when only its length
     * is wrong, or {@link #VALID}.
     */
    static int firstProblem(CharSequence text) {
        long data = 0;
        int padding = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                continue;
            }
            if (c == '=') {
                if (++padding > 2) {
                    return i;
                }
            } else if (padding > 0 || !inAlphabet(c)) {
                return i;
            } else {
                data++;
            }
        }
        boolean wholeQuanta = padding > 0 ? (data + padding) % 4 == 0 : data % 4 != 1;
        return wholeQuanta ? VALID : text.length();
    }

    private static boolean inAlphabet(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/';
    }
}
