package vn.lienthong.gateway.metrics;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import vn.lienthong.gateway.connector.ConnectorRegistry;
import vn.lienthong.gateway.operations.QueueDepths;

/**
 * The gateway's own meters, scraped at {@code /actuator/prometheus}: documents received, delivery attempts by
 * connector and outcome, attempt latency as a histogram, and each connector's queue depth.
 */
@Component
public class GatewayMetrics {

    private final MeterRegistry registry;
    private final Counter received;

    public GatewayMetrics(MeterRegistry registry, ConnectorRegistry connectors, QueueDepths queues) {
        this.registry = registry;
        this.received = Counter.builder("lienthong.documents.received")
                .description("Documents accepted on intake (re-posts of the same package not counted)")
                .register(registry);
        // Browsed at each scrape: a gauge that reads the queue itself never shows a stale number.
        connectors.all().forEach(c -> Gauge.builder("lienthong.queue.depth", queues, q -> q.of(c.id()))
                .description("Work messages ready on the connector's queue; scheduled retries are not counted")
                .tag("connector", c.id())
                .register(registry));
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
}
