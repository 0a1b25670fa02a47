package vn.lienthong.gateway.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import vn.lienthong.gateway.store.PackageDigest;

/** The canonical text of an audit row and the hash that links it to the previous one. */
public final class AuditChain {

    /** The {@code prev_hash} of the first row. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** SHA-256 over the canonical row followed by the previous row's hash, as lower-case hex. */
    public static String hash(long seq, Instant at, String actor, String action, String target, String reason,
                              String detail, String prevHash) {
        String text = canonical(seq, at, actor, action, target, reason, detail) + prevHash;
        return PackageDigest.sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String hash(AuditEntry e) {
        return hash(e.seq(), e.at(), e.actor(), e.action(), e.target(), e.reason(), e.detail(), e.prevHash());
    }

    /**
     * Every field is written as its length, a colon and its text, so no choice of text can make two different
     * rows read alike (a separator inside a reason cannot shift a field boundary); null is written as {@code -}.
     */
    static String canonical(long seq, Instant at, String actor, String action, String target, String reason,
                            String detail) {
        StringBuilder text = new StringBuilder();
        for (String field : new String[] {Long.toString(seq), DateTimeFormatter.ISO_INSTANT.format(at), actor, action,
                target, reason, detail}) {
            text.append(field == null ? "-" : field.length() + ":" + field).append('\n');
        }
        return text.toString();
    }
}
