package vn.lienthong.gateway.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.gateway.store.InboxItem;
import vn.lienthong.gateway.store.InboxStore;

/** What a pulling partner may do with its inbox, shared by the REST and SOAP adapters: list, fetch, acknowledge. */
@Service
public class PartnerInbox {

    private final InboxStore inbox;
    private final Clock clock;

    public PartnerInbox(InboxStore inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    public List<InboxItem> pending(ConnectorDefinition partner) {
        return inbox.pending(partner.id());
    }

    public byte[] content(ConnectorDefinition partner, String id) {
        return inbox.content(partner.id(), id).orElseThrow(() -> new InboxItemNotFoundException(id));
    }

    public Instant acknowledge(ConnectorDefinition partner, String id) {
        return inbox.acknowledge(partner.id(), id, clock.instant()).orElseThrow(() -> new InboxItemNotFoundException(id));
    }
}
