package vn.lienthong.gateway.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.lienthong.connectors.dispatch.DeliveryOutcome;
import vn.lienthong.connectors.dispatch.OutboundDelivery;
import vn.lienthong.connectors.dispatch.Transport;
import vn.lienthong.connectors.spi.TransportType;
import vn.lienthong.gateway.connector.ConnectorRegistry;

/** Second dispatch step: hands the delivery to the transport its connector file names. */
@Component
public class TransportDispatcher {

    private final ConnectorRegistry connectors;
    private final Map<TransportType, Transport> transports = new EnumMap<>(TransportType.class);
    private final Clock clock;

    public TransportDispatcher(ConnectorRegistry connectors, List<Transport> transports, Clock clock) {
        this.connectors = connectors;
        transports.forEach(t -> this.transports.put(t.type(), t));
        this.clock = clock;
    }

    public AttemptResult send(OutboundDelivery delivery) {
        Instant startedAt = clock.instant();
        DeliveryOutcome outcome = connectors.byId(delivery.connectorId())
                .map(connector -> transports.get(connector.transport()).send(connector, delivery))
                .orElseGet(() -> DeliveryOutcome.transientFailure(null,
                        "connector " + delivery.connectorId() + " is no longer configured"));
        return new AttemptResult(delivery, outcome, startedAt, clock.instant());
    }
}
