package vn.lienthong.gateway.signature;

import static vn.lienthong.gateway.store.Timestamps.utc;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which stored packages still lack a time-stamp, and the time-stamps obtained so far. */
@Repository
public class EvidenceTimestampStore {

    private final JdbcClient jdbc;

    public EvidenceTimestampStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A package to stamp: its id and the SHA-256 the time-stamp covers. */
    public record Pending(String packageId, String sha256, int attempts) {
    }

    /** Packages never stamped, and failed ones whose pause is over, oldest first. */
    public List<Pending> due(Instant now, int limit) {
        return jdbc.sql("""
                        select p.id, p.sha256, coalesce(t.attempts, 0) as attempts
                        from packages p left join evidence_timestamps t on t.package_id = p.id
                        where t.package_id is null or (t.state = 'FAILED' and t.next_try_at <= ?)
                        order by p.stored_at
                        limit ?""")
                .params(utc(now), limit)
                .query((rs, n) -> new Pending(rs.getString(1), rs.getString(2), rs.getInt(3)))
                .list();
    }

    public void stamped(String packageId, byte[] token, Instant genTime, String tsa, int attempts, Instant now) {
        upsert(packageId, "STAMPED", token, genTime, tsa, attempts, null, now, now);
    }

    public void failed(String packageId, String error, int attempts, Instant nextTry, Instant now) {
        upsert(packageId, "FAILED", null, null, null, attempts, error, nextTry, now);
    }

    /** How many stored packages have no time-stamp yet, and how many of those had a failed request. */
    public long[] missing() {
        return jdbc.sql("""
                        select count(*), coalesce(sum(case when t.state = 'FAILED' then 1 else 0 end), 0)
                        from packages p left join evidence_timestamps t on t.package_id = p.id
                        where t.state is null or t.state <> 'STAMPED'""")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }

    private void upsert(String packageId, String state, byte[] token, Instant genTime, String tsa, int attempts,
                        String error, Instant nextTry, Instant now) {
        String text = error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
        int updated = jdbc.sql("""
                        update evidence_timestamps set state = ?, token = ?, gen_time = ?, tsa = ?, attempts = ?,
                            last_error = ?, next_try_at = ?, updated_at = ? where package_id = ?""")
                .params(state, token, utc(genTime), tsa, attempts, text, utc(nextTry), utc(now), packageId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into evidence_timestamps (package_id, state, token, gen_time, tsa, attempts,
                                last_error, next_try_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(packageId, state, token, utc(genTime), tsa, attempts, text, utc(nextTry), utc(now))
                    .update();
        }
    }
}
