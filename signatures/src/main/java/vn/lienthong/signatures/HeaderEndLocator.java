package vn.lienthong.signatures;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/** Finds where the edXMLHeader end tag starts in the package text, so a signature can be inserted byte-exact. */
public final class HeaderEndLocator {

    private HeaderEndLocator() {
    }

    /**
     * The index of the {@code </...>} end tag closing the element reached by {@code path} (qualified names from the
     * root down). The text is already known to be well-formed, so only tag boundaries need recognising; comments,
     * CDATA sections and processing instructions are skipped because they may contain look-alike tags.
     */
    public static int endTagOf(String xml, List<String> path) {
        Deque<String> open = new ArrayDeque<>();
        int at = xml.indexOf('<');
        while (at >= 0) {
            if (xml.startsWith("<!--", at)) {
                at = after(xml, "-->", at);
            } else if (xml.startsWith("<![CDATA[", at)) {
                at = after(xml, "]]>", at);
            } else if (xml.startsWith("<?", at) || xml.startsWith("<!", at)) {
                at = after(xml, ">", at);
            } else if (xml.startsWith("</", at)) {
                if (pathOf(open).equals(path)) {
                    return at;
                }
                open.pop();
                at = after(xml, ">", at);
            } else {
                int end = startTagEnd(xml, at);
                String name = nameAt(xml, at + 1);
                boolean selfClosing = xml.charAt(end - 1) == '/';
                if (selfClosing && appended(open, name).equals(path)) {
                    throw new IllegalArgumentException(name + " is empty: there is nothing to sign in it");
                }
                if (!selfClosing) {
                    open.push(name);
                }
                at = end + 1;
            }
            at = xml.indexOf('<', at);
        }
        throw new IllegalArgumentException("no end tag for " + String.join("/", path));
    }

    private static int after(String xml, String terminator, int from) {
        int end = xml.indexOf(terminator, from);
        if (end < 0) {
            throw new IllegalArgumentException("unterminated markup at offset " + from);
        }
        return end + terminator.length();
    }

    /** The index of the {@code >} closing the start tag at {@code from}; quoted attribute values may hold a '>'. */
    private static int startTagEnd(String xml, int from) {
        char quote = 0;
        for (int i = from + 1; i < xml.length(); i++) {
            char c = xml.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        throw new IllegalArgumentException("unterminated start tag at offset " + from);
    }

    private static String nameAt(String xml, int from) {
        int end = from;
        while (end < xml.length() && !Character.isWhitespace(xml.charAt(end)) && xml.charAt(end) != '/'
                && xml.charAt(end) != '>') {
            end++;
        }
        return xml.substring(from, end);
    }

    private static List<String> pathOf(Deque<String> open) {
        List<String> path = new ArrayList<>(open);
        Collections.reverse(path);
        return path;
    }

    private static List<String> appended(Deque<String> open, String name) {
        List<String> path = pathOf(open);
        path.add(name);
        return path;
    }
}
