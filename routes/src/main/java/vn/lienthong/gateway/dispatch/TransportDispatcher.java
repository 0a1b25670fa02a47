package vn.lienthong.gateway.dispatch;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;

import vn.lienthong.connectors.spi.DeliveryOutcome;
import vn.lienthong.connectors.spi.OutboundDelivery;
import vn.lienthong.gateway.connector.ConnectorRegistry;
import vn.lienthong.gateway.connector.InstalledTransports;

/** Second dispatch step: hands the delivery to the transport its connector file names. */
@Component
public class TransportDispatcher {

    private final ConnectorRegistry connectors;
    private final InstalledTransports transports;
    private final Clock clock;

    public TransportDispatcher(ConnectorRegistry connectors, InstalledTransports transports, Clock clock) {
        this.connectors = connectors;
        this.transports = transports;
        this.clock = clock;
    }

    public AttemptResult send(OutboundDelivery delivery) {
        Instant startedAt = clock.instant();
        DeliveryOutcome outcome = connectors.byId(delivery.connectorId())
                .map(connector -> transports.transport(connector.transport()).send(connector, delivery))
                .orElseGet(() -> DeliveryOutcome.transientFailure(null,
                        "connector " + delivery.connectorId() + " is no longer configured"));
        return new AttemptResult(delivery, outcome, startedAt, clock.instant());
    }
}
