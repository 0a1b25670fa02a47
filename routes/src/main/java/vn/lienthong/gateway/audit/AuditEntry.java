package vn.lienthong.gateway.audit;

import java.time.Instant;

/**
 * One row of the audit log: who did what to which target, why, and the hashes that chain it to the row before.
 *
 * @param seq position in the chain, from 1 without gaps
 * @param target what the action was applied to, such as {@code message:<id>} or {@code connector:<id>}
 */
public record AuditEntry(long seq, Instant at, String actor, String action, String target, String reason,
                         String detail, String prevHash, String hash) {
}
