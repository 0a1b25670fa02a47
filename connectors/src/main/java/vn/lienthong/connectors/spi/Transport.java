package vn.lienthong.connectors.spi;

/**
 * One way of handing a package to a partner system, built once by its {@link TransportProvider} and shared by every
 * connector of that transport.
 */
public interface Transport {

    /**
     * Makes one delivery attempt; never throws for a partner's failure, which is reported in the outcome
     * so that the retry policy, not an exception path, decides what happens next.
     */
    DeliveryOutcome send(ConnectorDefinition connector, OutboundDelivery delivery);
}
