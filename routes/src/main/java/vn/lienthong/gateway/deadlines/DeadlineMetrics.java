package vn.lienthong.gateway.deadlines;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.lienthong.gateway.connector.ConnectorRegistry;

/**
 * Deadline meters for the IOC's dashboards: open and overdue deadlines per connector (gauges read from the store on
 * every instance, each connector of the current set included, so a reloaded connector appears with 0) and
 * deadlines answered late, by connector and kind, counted by the instance that took the status.
 */
@Component
public class DeadlineMetrics {

    private static final Logger log = LoggerFactory.getLogger(DeadlineMetrics.class);

    private final MeterRegistry registry;
    private final DeadlineStore store;
    private final ConnectorRegistry connectors;
    private final MultiGauge open;
    private final MultiGauge overdue;

    public DeadlineMetrics(MeterRegistry registry, DeadlineStore store, ConnectorRegistry connectors) {
        this.registry = registry;
        this.store = store;
        this.connectors = connectors;
        this.open = MultiGauge.builder("lienthong.deadlines.open")
                .description("Deadlines not answered yet and not past due, by the recipient's connector")
                .register(registry);
        this.overdue = MultiGauge.builder("lienthong.deadlines.overdue")
                .description("Deadlines past due and still unanswered, by the recipient's connector")
                .register(registry);
    }

    /** After the status's commit only, so a status rolled back counts nothing. */
    @TransactionalEventListener
    public void answeredLate(DeadlineAnsweredLate late) {
        Counter.builder("lienthong.deadlines.answered.late")
                .description("Deadlines answered after their due time (kind ACKNOWLEDGEMENT: late status 01)")
                .tag("connector", late.connectorId())
                .tag("kind", late.kind().name())
                .register(registry)
                .increment();
    }

    /** Read again every check interval: one grouped count over the open rows of the deadlines index. */
    @Scheduled(initialDelay = 0, fixedDelayString = "${lienthong.deadlines.check-interval:1m}")
    public void refresh() {
        Map<String, long[]> counts = new HashMap<>();
        connectors.all().forEach(c -> counts.put(c.id(), new long[2]));
        try {
            store.openByConnector().forEach(row -> counts.computeIfAbsent(row.connectorId(), id -> new long[2])
                    [row.state() == DeadlineState.OPEN ? 0 : 1] += row.count());
        } catch (DataAccessException e) {
            log.debug("Deadline gauges not refreshed, the store cannot be read: {}", e.getMessage());
            return;
        }
        List<MultiGauge.Row<?>> openRows = new ArrayList<>();
        List<MultiGauge.Row<?>> overdueRows = new ArrayList<>();
        counts.forEach((connector, values) -> {
            openRows.add(MultiGauge.Row.of(Tags.of("connector", connector), values[0]));
            overdueRows.add(MultiGauge.Row.of(Tags.of("connector", connector), values[1]));
        });
        open.register(openRows, true);
        overdue.register(overdueRows, true);
    }
}
