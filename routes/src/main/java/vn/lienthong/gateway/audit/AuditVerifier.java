package vn.lienthong.gateway.audit;

import java.util.List;

import org.springframework.stereotype.Component;

/** Walks the audit chain from its first row and reports the first row whose hash or link does not hold. */
@Component
public class AuditVerifier {

    private static final int BATCH = 500;

    private final AuditLog log;

    public AuditVerifier(AuditLog log) {
        this.log = log;
    }

    public AuditVerification verify() {
        String prevHash = AuditChain.GENESIS;
        long expectedSeq = 1;
        List<AuditEntry> batch = log.batchAfter(0, BATCH);
        while (!batch.isEmpty()) {
            for (AuditEntry row : batch) {
                String problem = check(row, expectedSeq, prevHash);
                if (problem != null) {
                    return AuditVerification.broken(expectedSeq - 1, row.seq(), problem);
                }
                prevHash = row.hash();
                expectedSeq++;
            }
            batch = log.batchAfter(expectedSeq - 1, BATCH);
        }
        return checkHead(expectedSeq - 1, prevHash);
    }

    private static String check(AuditEntry row, long expectedSeq, String prevHash) {
        if (row.seq() != expectedSeq) {
            return "row " + expectedSeq + " is missing: the next row is " + row.seq();
        }
        if (!row.prevHash().equals(prevHash)) {
            return "prev_hash does not match the hash of row " + (expectedSeq - 1);
        }
        if (!AuditChain.hash(row).equals(row.hash())) {
            return "the row's content does not match its hash: it was changed after it was written";
        }
        return null;
    }

    /** Deleting the newest rows leaves an intact-looking chain; the head row still remembers the true end. */
    private AuditVerification checkHead(long rows, String lastHash) {
        AuditEntry head = log.head();
        if (head.seq() != rows || !head.hash().equals(lastHash)) {
            return AuditVerification.broken(rows, rows + 1,
                    "the chain ends at row " + rows + " but the head says " + head.seq() + ": rows were removed");
        }
        return AuditVerification.intact(rows);
    }
}
