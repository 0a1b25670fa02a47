package vn.lienthong.gateway.inbox;

import java.time.Clock;

import org.springframework.dao.DataAccessException;

import vn.lienthong.connectors.dispatch.DeliveryOutcome;
import vn.lienthong.connectors.dispatch.OutboundDelivery;
import vn.lienthong.connectors.dispatch.Transport;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.TransportType;
import vn.lienthong.gateway.store.InboxStore;

/**
 * The {@code inbox} transport: nothing is pushed, the delivery is put in the partner's inbox for it to pull.
 * It lives in the application, not in {@code connectors/}, because its "partner" is the gateway's own store.
 */
public class InboxTransport implements Transport {

    private final InboxStore inbox;
    private final Clock clock;

    public InboxTransport(InboxStore inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @Override
    public TransportType type() {
        return TransportType.INBOX;
    }

    /** "Accepted" here means "available to pull"; the partner's acknowledgement is recorded in the inbox. */
    @Override
    public DeliveryOutcome send(ConnectorDefinition connector, OutboundDelivery delivery) {
        try {
            inbox.makeAvailable(delivery.deliveryId(), connector.id(), delivery.messageId(), clock.instant());
            return DeliveryOutcome.accepted(null, "available in the inbox of " + connector.id() + " to pull");
        } catch (DataAccessException e) {
            return DeliveryOutcome.transientFailure(null, "inbox not writable: " + e.getMostSpecificCause().getMessage());
        }
    }
}
