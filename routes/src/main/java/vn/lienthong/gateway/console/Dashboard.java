package vn.lienthong.gateway.console;

import java.util.List;

/** What the console's first page shows: today's counts, per connector, and the last day and week. */
public record Dashboard(long receivedToday, long deliveredToday, long failedToday, List<ConnectorDay> connectors,
                        BarChart last24Hours, BarChart last7Days) {

    /** One connector's deliveries: finished today, and waiting now whenever they came in. */
    public record ConnectorDay(String id, String name, long delivered, long failed, long pending) {
    }
}
