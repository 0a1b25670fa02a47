package vn.lienthong.connectors.dispatch;

import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.TransportType;

/** One way of handing a package to a partner system, implemented once and shared by every connector of its type. */
public interface Transport {

    /** The connector files' {@code transport:} value this implementation serves. */
    TransportType type();

    /**
     * Makes one delivery attempt; never throws for a partner's failure, which is reported in the outcome
     * so that the retry policy, not an exception path, decides what happens next.
     */
    DeliveryOutcome send(ConnectorDefinition connector, OutboundDelivery delivery);
}
