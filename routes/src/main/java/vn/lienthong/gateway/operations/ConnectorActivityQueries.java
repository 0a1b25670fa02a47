package vn.lienthong.gateway.operations;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads a connector's recent health from the attempts its deliveries made. */
@Repository
public class ConnectorActivityQueries {

    private static final String FAILED = "a.outcome not in ('ACCEPTED', 'INTERRUPTED')";

    private final JdbcClient jdbc;

    public ConnectorActivityQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ConnectorActivity of(String connectorId) {
        long lastSuccessId = jdbc.sql("select coalesce(max(a.id), 0) from attempts a join deliveries d on d.id = a.delivery_id "
                        + "where d.connector_id = ? and a.outcome = 'ACCEPTED'")
                .param(connectorId).query(Long.class).single();
        Instant lastSuccessAt = lastSuccessId == 0 ? null : finishedAt(lastSuccessId);
        record LastError(Instant at, String detail) {
        }
        LastError lastError = jdbc.sql("select a.finished_at, a.detail from attempts a join deliveries d "
                        + "on d.id = a.delivery_id where d.connector_id = ? and " + FAILED
                        + " order by a.id desc limit 1")
                .param(connectorId)
                .query((rs, n) -> new LastError(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2)))
                .optional().orElse(new LastError(null, null));
        int failures = jdbc.sql("select count(*) from attempts a join deliveries d on d.id = a.delivery_id "
                        + "where d.connector_id = ? and " + FAILED + " and a.id > ?")
                .params(connectorId, lastSuccessId)
                .query(Integer.class).single();
        return new ConnectorActivity(lastSuccessAt, lastError.at(), lastError.detail(), failures);
    }

    private Instant finishedAt(long attemptId) {
        return jdbc.sql("select finished_at from attempts where id = ?").param(attemptId)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).single();
    }
}
