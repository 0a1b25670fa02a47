package vn.lienthong.connectors.inbox;

import java.io.IOException;
import java.time.Clock;

import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.DeliveryOutcome;
import vn.lienthong.connectors.spi.OutboundDelivery;
import vn.lienthong.connectors.spi.Transport;

/** The {@code inbox} transport: nothing is pushed, the delivery is put in the partner's inbox for it to pull. */
public class InboxTransport implements Transport {

    private final InboxDeposit deposit;
    private final Clock clock;

    public InboxTransport(InboxDeposit deposit, Clock clock) {
        this.deposit = deposit;
        this.clock = clock;
    }

    /** "Accepted" here means "available to pull"; the partner's acknowledgement is recorded in the inbox. */
    @Override
    public DeliveryOutcome send(ConnectorDefinition connector, OutboundDelivery delivery) {
        try {
            deposit.makeAvailable(delivery.deliveryId(), connector.id(), delivery.messageId(), clock.instant());
            return DeliveryOutcome.accepted(null, "available in the inbox of " + connector.id() + " to pull");
        } catch (IOException e) {
            return DeliveryOutcome.transientFailure(null, "inbox not writable: " + e.getMessage());
        }
    }
}
