package vn.lienthong.gateway.metrics;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.gateway.connector.ConnectorRegistry;
import vn.lienthong.gateway.connector.ConnectorsChanged;
import vn.lienthong.gateway.operations.ConnectorActivityQueries;
import vn.lienthong.gateway.operations.QueueDepths;

/**
 * The gateway's own meters, scraped at {@code /actuator/prometheus}: documents received, delivery attempts by
 * connector and outcome, attempt latency as a histogram, deliveries that ran out of attempts, and each connector's
 * queue depth and failed attempts in a row. The per-connector gauges follow connector reloads.
 */
@Component
public class GatewayMetrics {

    private final MeterRegistry registry;
    private final Counter received;
    private final QueueDepths queues;
    private final ConnectorActivityQueries activity;
    private final MultiGauge queueDepth;
    private final MultiGauge consecutiveFailures;

    public GatewayMetrics(MeterRegistry registry, ConnectorRegistry connectors, QueueDepths queues,
                          ConnectorActivityQueries activity) {
        this.registry = registry;
        this.queues = queues;
        this.activity = activity;
        this.received = Counter.builder("lienthong.documents.received")
                .description("Documents accepted on intake (re-posts of the same package not counted)")
                .register(registry);
        this.queueDepth = MultiGauge.builder("lienthong.queue.depth")
                .description("Work messages ready on the connector's queue; scheduled retries are not counted")
                .register(registry);
        this.consecutiveFailures = MultiGauge.builder("lienthong.connector.consecutive.failures")
                .description("Failed attempts through the connector since its last accepted one, from the store")
                .register(registry);
        follow(connectors.all());
    }

    /** A reload's connectors replace the rows of every per-connector meter: new ones appear, removed ones go. */
    @EventListener
    public void follow(ConnectorsChanged change) {
        follow(change.current());
    }

    private void follow(List<ConnectorDefinition> connectors) {
        // Read at each scrape: a gauge that asks the broker or the store itself never shows a stale number.
        queueDepth.register(connectors.stream().map(c -> MultiGauge.Row.of(Tags.of("connector", c.id()), queues,
                q -> q.of(c.id()))).toList(), true);
        consecutiveFailures.register(connectors.stream().map(c -> MultiGauge.Row.of(Tags.of("connector", c.id()),
                activity, a -> failuresInARow(a, c.id()))).toList(), true);
        // Counted from zero, so that increase() sees the first dead delivery of a connector.
        connectors.forEach(c -> dead(c.id()));
    }

    public void documentReceived() {
        received.increment();
    }

    /** One delivery attempt: counted by outcome and timed, so slow partners show in the histogram. */
    public void attempt(String connectorId, String outcome, Duration took) {
        Counter.builder("lienthong.deliveries")
                .description("Delivery attempts by connector and outcome")
                .tag("connector", connectorId)
                .tag("outcome", outcome)
                .register(registry)
                .increment();
        Timer.builder("lienthong.delivery.latency")
                .description("Time one delivery attempt took, from send to the partner's answer")
                .tag("connector", connectorId)
                .publishPercentileHistogram()
                .register(registry)
                .record(took);
    }

    /** A delivery that ran out of attempts: it waits in the dead letters for an operator. */
    public void deliveryDead(String connectorId) {
        dead(connectorId).increment();
    }

    private Counter dead(String connectorId) {
        return Counter.builder("lienthong.deliveries.dead")
                .description("Deliveries that ran out of attempts (DEAD), by connector")
                .tag("connector", connectorId)
                .register(registry);
    }

    /** NaN while the store cannot be read: no number is better than a wrong one. */
    private static double failuresInARow(ConnectorActivityQueries activity, String connectorId) {
        try {
            return activity.of(connectorId).consecutiveFailures();
        } catch (DataAccessException e) {
            return Double.NaN;
        }
    }
}
