package vn.lienthong.gateway.deadlines;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lienthong.gateway.connector.ConnectorRegistry;

/**
 * The names of agencies, for people who read codes badly: the {@code To/OrganName} the documents delivered to them
 * carried, else the name of a connector that reaches that agency alone. Re-read from the store every few minutes.
 */
@Component
public class AgencyNames {

    private static final Duration REFRESH = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final ConnectorRegistry connectors;
    private final Clock clock;
    private volatile Map<String, String> fromDocuments = Map.of();
    private volatile Instant readAt = Instant.MIN;

    public AgencyNames(JdbcClient jdbc, ConnectorRegistry connectors, Clock clock) {
        this.jdbc = jdbc;
        this.connectors = connectors;
        this.clock = clock;
    }

    /** The agency's name, or null when neither a document nor a connector file names it. */
    public String of(String agency) {
        String named = documentNames().get(agency);
        if (named != null) {
            return named;
        }
        return connectors.all().stream().filter(c -> c.agencies().size() == 1 && c.agencies().contains(agency))
                .map(c -> c.name()).findFirst().orElse(null);
    }

    /** The connector's name from its file, or null for a connector no longer configured. */
    public String ofConnector(String connectorId) {
        return connectors.byId(connectorId).map(c -> c.name()).orElse(null);
    }

    private Map<String, String> documentNames() {
        Instant now = clock.instant();
        if (readAt.plus(REFRESH).isBefore(now)) {
            Map<String, String> names = new HashMap<>();
            jdbc.sql("select recipient_agency, max(recipient_name) from deadlines where recipient_name is not null "
                            + "group by recipient_agency")
                    .query((rs, n) -> names.put(rs.getString(1), rs.getString(2)))
                    .list();
            fromDocuments = Map.copyOf(names);
            readAt = now;
        }
        return fromDocuments;
    }
}
