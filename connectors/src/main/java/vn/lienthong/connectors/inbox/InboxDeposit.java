package vn.lienthong.connectors.inbox;

import java.io.IOException;
import java.time.Instant;

/**
 * Where the {@code inbox} transport leaves deliveries for partners that pull: the gateway's own store, which the
 * gateway lends through {@link vn.lienthong.connectors.spi.TransportContext#service}.
 */
public interface InboxDeposit {

    /**
     * Makes delivery {@code deliveryId} of message {@code messageId} available to connector {@code connectorId}.
     *
     * @throws IOException when the store cannot be written, with the store's own reason as message
     */
    void makeAvailable(String deliveryId, String connectorId, String messageId, Instant at) throws IOException;
}
