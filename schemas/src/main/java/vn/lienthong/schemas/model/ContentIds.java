package vn.lienthong.schemas.model;

import java.util.Locale;

/** Reduces the spellings of one attachment content id ({@code cid:x}, {@code <x>}, {@code x}) to the bare id. */
public final class ContentIds {

    private static final String CID_SCHEME = "cid:";

    private ContentIds() {
    }

    /** The bare content id, or {@code null} for a missing or blank one. */
    public static String bare(String contentId) {
        if (contentId == null) {
            return null;
        }
        // Producers combine the two decorations both ways round: "cid:<x>" and "<cid:x>".
        String id = stripBrackets(contentId.strip());
        if (id.toLowerCase(Locale.ROOT).startsWith(CID_SCHEME)) {
            id = stripBrackets(id.substring(CID_SCHEME.length()).strip());
        }
        return id.isBlank() ? null : id;
    }

    private static String stripBrackets(String id) {
        return id.length() >= 2 && id.startsWith("<") && id.endsWith(">")
                ? id.substring(1, id.length() - 1).strip()
                : id;
    }
}
