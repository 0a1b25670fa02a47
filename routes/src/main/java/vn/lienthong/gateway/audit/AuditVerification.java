package vn.lienthong.gateway.audit;

/**
 * The result of walking the audit chain from its first row.
 *
 * @param checked how many rows were checked before the first broken one (or all of them)
 * @param firstBrokenSeq the first row whose hash or link does not hold, or null when the chain is intact
 * @param problem what is wrong with that row, in words
 */
public record AuditVerification(boolean intact, long checked, Long firstBrokenSeq, String problem) {

    static AuditVerification intact(long checked) {
        return new AuditVerification(true, checked, null, null);
    }

    static AuditVerification broken(long checked, long seq, String problem) {
        return new AuditVerification(false, checked, seq, problem);
    }
}
