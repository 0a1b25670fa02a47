package vn.lienthong.gateway.audit;

import static vn.lienthong.gateway.store.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The append-only, hash-chained record of every operator action; rows are never updated or deleted. */
@Repository
public class AuditLog {

    private static final int MAX_REASON = 2000;
    private static final int MAX_DETAIL = 4000;

    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Appends one row inside the caller's transaction, so the row exists exactly when the action committed.
     * Locking the head row first makes concurrent appends queue up instead of forking the chain.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry append(String actor, String action, String target, String reason, String detail) {
        record Head(long seq, String hash) {
        }
        Head head = jdbc.sql("select seq, hash from audit_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
        // Millisecond precision both databases keep exactly, so the hash can be recomputed from the stored row.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long seq = head.seq() + 1;
        String why = cut(reason, MAX_REASON);
        String what = cut(detail, MAX_DETAIL);
        String hash = AuditChain.hash(seq, at, actor, action, target, why, what, head.hash());
        jdbc.sql("""
                        insert into audit_log (seq, at, actor, action, target, reason, detail, prev_hash, hash)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(seq, utc(at), actor, action, target, why, what, head.hash(), hash)
                .update();
        jdbc.sql("update audit_head set seq = ?, hash = ? where id = 1").params(seq, hash).update();
        return new AuditEntry(seq, at, actor, action, target, why, what, head.hash(), hash);
    }

    /** Newest first. */
    public List<AuditEntry> page(int page, int size) {
        return jdbc.sql("select * from audit_log order by seq desc limit ? offset ?")
                .params(size, (long) page * size)
                .query((rs, n) -> entry(rs))
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from audit_log").query(Long.class).single();
    }

    /** Rows after {@code afterSeq} in chain order, a batch at a time, for the verifier. */
    List<AuditEntry> batchAfter(long afterSeq, int size) {
        return jdbc.sql("select * from audit_log where seq > ? order by seq limit ?")
                .params(afterSeq, size)
                .query((rs, n) -> entry(rs))
                .list();
    }

    /** The head the appends maintain: the last row's sequence number and hash. */
    AuditEntry head() {
        return jdbc.sql("select seq, hash from audit_head where id = 1")
                .query((rs, n) -> new AuditEntry(rs.getLong(1), null, null, null, null, null, null, null,
                        rs.getString(2)))
                .single();
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("target"), rs.getString("reason"),
                rs.getString("detail"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
