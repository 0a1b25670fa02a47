package vn.lienthong.gateway.inbox;

import java.io.IOException;
import java.time.Instant;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import vn.lienthong.connectors.inbox.InboxDeposit;
import vn.lienthong.gateway.store.InboxStore;

/** The {@code inbox} transport's deposits go to the gateway's own store. */
@Component
public class StoreInboxDeposit implements InboxDeposit {

    private final InboxStore inbox;

    public StoreInboxDeposit(InboxStore inbox) {
        this.inbox = inbox;
    }

    @Override
    public void makeAvailable(String deliveryId, String connectorId, String messageId, Instant at)
            throws IOException {
        try {
            inbox.makeAvailable(deliveryId, connectorId, messageId, at);
        } catch (DataAccessException e) {
            throw new IOException(e.getMostSpecificCause().getMessage(), e);
        }
    }
}
