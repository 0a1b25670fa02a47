package vn.lienthong.gateway.alerts;

import static vn.lienthong.gateway.store.Timestamps.instant;
import static vn.lienthong.gateway.store.Timestamps.utc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads what the alert rules look at: deliveries without progress and each connector's run of failures. */
@Repository
public class AlertQueries {

    private static final String FAILED = "a.outcome not in ('ACCEPTED', 'INTERRUPTED')";

    private final JdbcClient jdbc;

    public AlertQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Unfinished deliveries whose last change is at or before {@code cutoff}, oldest first, at most {@code limit}:
     * every attempt and every change of state moves {@code updated_at}, so it is the last progress.
     */
    public List<PendingDelivery> withoutProgressSince(Instant cutoff, int limit) {
        return jdbc.sql("""
                        select d.id, d.message_id, d.connector_id, m.code_number, m.code_notation, d.state, d.updated_at
                        from deliveries d join messages m on m.id = d.message_id
                        where d.state in ('QUEUED', 'RETRYING', 'HELD', 'IN_FLIGHT') and d.updated_at <= ?
                        order by d.updated_at
                        limit ?""")
                .params(utc(cutoff), limit)
                .query((rs, n) -> new PendingDelivery(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4) == null || rs.getString(5) == null ? null
                                : rs.getString(4) + "/" + rs.getString(5),
                        rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The failed attempts through {@code connectorId} since its last accepted attempt. */
    public FailureRun failuresSinceLastSuccess(String connectorId) {
        long lastSuccessId = jdbc.sql("select coalesce(max(a.id), 0) from attempts a join deliveries d "
                        + "on d.id = a.delivery_id where d.connector_id = ? and a.outcome = 'ACCEPTED'")
                .param(connectorId).query(Long.class).single();
        return jdbc.sql("select min(a.finished_at), max(a.finished_at) from attempts a join deliveries d "
                        + "on d.id = a.delivery_id where d.connector_id = ? and " + FAILED + " and a.id > ?")
                .params(connectorId, lastSuccessId)
                .query((rs, n) -> new FailureRun(connectorId, instant(rs.getObject(1, OffsetDateTime.class)),
                        instant(rs.getObject(2, OffsetDateTime.class))))
                .single();
    }
}
