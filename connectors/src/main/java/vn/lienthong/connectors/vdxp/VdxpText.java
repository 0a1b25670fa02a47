package vn.lienthong.connectors.vdxp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Free text in a header, such as the reason of an updateStatus {@code fail}: headers carry ASCII safely, so every
 * other character travels as a JSON-style {@code \\uXXXX} escape and is read back the same way.
 */
public final class VdxpText {

    /** A reason longer than this is cut: it travels in a header, and servers limit header size. */
    public static final int MAX_LENGTH = 500;

    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

    private VdxpText() {
    }

    /** {@code text} cut to {@link #MAX_LENGTH} characters, non-ASCII and control characters escaped. */
    public static String escape(String text) {
        String cut = text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH);
        StringBuilder out = new StringBuilder(cut.length() + 16);
        for (char c : cut.toCharArray()) {
            if (c >= 0x20 && c < 0x7F && c != '\\') {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    /** The text {@link #escape} wrote, escapes turned back into characters. */
    public static String unescape(String text) {
        Matcher escape = ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (escape.find()) {
            escape.appendReplacement(out, Matcher.quoteReplacement(
                    String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
        }
        escape.appendTail(out);
        return out.toString();
    }
}
