package vn.lienthong.schemas.trace;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds this hop's TraceHeader (OrganId, Timestamp) to a package by inserting text, so every other byte stays as
 * the sender wrote it: after the last TraceHeader of TraceHeaderList (before its Bussiness when it has none), or in a
 * new TraceHeaderList right after MessageHeader.
 */
public final class TraceHeaderAppender {

    private static final Pattern MESSAGE_HEADER = Pattern.compile("<((?:[\\w.-]+:)?)MessageHeader[\\s>/]");
    private static final Pattern DECLARED_ENCODING = Pattern.compile("^<\\?xml[^>]*encoding=[\"']([^\"']+)[\"']");

    private TraceHeaderAppender() {
    }

    /**
     * Returns the package with the TraceHeader added, or the same bytes when it cannot be added without
     * re-serialising (not UTF-8, no MessageHeader): a missing hop record is better than a damaged package.
     */
    public static byte[] append(byte[] packageBytes, String organId, String timestamp) {
        String xml = new String(packageBytes, StandardCharsets.UTF_8);
        Matcher encoding = DECLARED_ENCODING.matcher(xml);
        if (encoding.find() && !encoding.group(1).equalsIgnoreCase("UTF-8")) {
            return packageBytes;
        }
        Matcher header = MESSAGE_HEADER.matcher(xml);
        if (!header.find()) {
            return packageBytes;
        }
        String p = header.group(1);
        String entry = "<" + p + "TraceHeader><" + p + "OrganId>" + escape(organId) + "</" + p + "OrganId><" + p
                + "Timestamp>" + escape(timestamp) + "</" + p + "Timestamp></" + p + "TraceHeader>";
        return insert(xml, p, entry).getBytes(StandardCharsets.UTF_8);
    }

    private static String insert(String xml, String p, String entry) {
        Matcher empty = Pattern.compile("<" + Pattern.quote(p) + "TraceHeaderList([^>]*)/>").matcher(xml);
        if (empty.find()) {
            return xml.substring(0, empty.start()) + "<" + p + "TraceHeaderList" + empty.group(1) + ">" + entry
                    + "</" + p + "TraceHeaderList>" + xml.substring(empty.end());
        }
        int listEnd = xml.indexOf("</" + p + "TraceHeaderList>");
        if (listEnd >= 0) {
            int listStart = xml.lastIndexOf("<" + p + "TraceHeaderList", listEnd);
            int at = insertionPoint(xml, p, listStart, listEnd);
            return xml.substring(0, at) + entry + xml.substring(at);
        }
        int headerEnd = xml.indexOf("</" + p + "MessageHeader>");
        if (headerEnd < 0) {
            return xml;
        }
        int after = headerEnd + ("</" + p + "MessageHeader>").length();
        return xml.substring(0, after) + "<" + p + "TraceHeaderList>" + entry + "</" + p + "TraceHeaderList>"
                + xml.substring(after);
    }

    /**
     * After the sender's last TraceHeader, so hops stay in order even where the producer writes its Bussiness block
     * first (the EdXML102 family); without one, before the business block (spelt Bussiness, or Business by Bkav).
     */
    private static int insertionPoint(String xml, String p, int listStart, int listEnd) {
        String lastHopEnd = "</" + p + "TraceHeader>";
        int lastHop = xml.lastIndexOf(lastHopEnd, listEnd);
        if (lastHop > listStart) {
            return lastHop + lastHopEnd.length();
        }
        // The block itself, not BussinessDocType or BusinessDocReason, which share its prefix.
        Matcher business = Pattern.compile("<" + Pattern.quote(p) + "Bus+iness[\\s>/]").matcher(xml);
        return business.find(listStart) && business.start() < listEnd ? business.start() : listEnd;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
