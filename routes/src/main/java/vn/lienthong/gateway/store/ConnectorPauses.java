package vn.lienthong.gateway.store;

import static vn.lienthong.gateway.store.Timestamps.utc;

import java.time.Instant;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which connectors an operator paused, kept in the store so a restart does not quietly resume deliveries to a
 * partner that asked for a pause.
 */
@Repository
public class ConnectorPauses {

    private final JdbcClient jdbc;

    public ConnectorPauses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<String> pausedConnectors() {
        return Set.copyOf(jdbc.sql("select connector_id from connector_pauses").query(String.class).list());
    }

    public void pause(String connectorId, String actor, String reason, Instant at) {
        jdbc.sql("delete from connector_pauses where connector_id = ?").param(connectorId).update();
        jdbc.sql("insert into connector_pauses (connector_id, paused_by, paused_at, reason) values (?, ?, ?, ?)")
                .params(connectorId, actor, utc(at), reason)
                .update();
    }

    public void resume(String connectorId) {
        jdbc.sql("delete from connector_pauses where connector_id = ?").param(connectorId).update();
    }
}
