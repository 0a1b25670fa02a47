package vn.lienthong.schemas.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.lienthong.schemas.model.PackageRejectedException;
import vn.lienthong.schemas.model.Violation;

/**
 * Holds packages to Unicode before parsing: a parser honours whatever encoding the XML declaration names, so UTF-8
 * bytes declared ISO-8859-1 or windows-1258 would be read, stored and signed as mojibake instead of being refused.
 * UTF-8 and UTF-16 are read; a UTF-16 package is recognised by its own bytes, so a declaration of UTF-16 over
 * bytes that spell {@code <?xml} in ASCII is a wrong declaration too.
 */
final class DeclaredEncoding {

    /** The declaration is the first thing in the document and short; looking further only costs time. */
    private static final int DECLARATION_WINDOW = 256;
    private static final Pattern ENCODING = Pattern.compile("^<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([^\"']*)[\"']");

    private DeclaredEncoding() {
    }

    /** Refuses an ASCII-compatible package whose declaration names any encoding but UTF-8. */
    static void requireUnicode(byte[] bytes) {
        int start = startsWithUtf8Bom(bytes) ? 3 : 0;
        String head = new String(bytes, start, Math.min(DECLARATION_WINDOW, bytes.length - start),
                StandardCharsets.ISO_8859_1);
        Matcher declared = ENCODING.matcher(head);
        if (!declared.find()) {
            return;
        }
        String name = declared.group(1);
        if (name.toUpperCase(Locale.ROOT).startsWith("UTF-16")) {
            refuse("declared " + name + " but written in an ASCII-compatible encoding such as UTF-8", name);
        } else if (!name.equalsIgnoreCase("UTF-8") && !name.equalsIgnoreCase("UTF8")) {
            refuse("Vietnamese text needs Unicode; " + name + " is not", name);
        }
    }

    private static boolean startsWithUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    private static void refuse(String why, String found) {
        throw new PackageRejectedException(new Violation(SecureDocumentParser.DOCUMENT,
                SecureDocumentParser.ENCODING_RULE + ": " + why, found));
    }
}
