package vn.lienthong.gateway.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.gateway.store.InboxItem;
import vn.lienthong.gateway.store.InboxStore;

/**
 * What a pulling partner may do with its inbox, shared by the REST, SOAP and platform-compatible adapters: list,
 * fetch, acknowledge (or refuse, or report progress).
 */
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

    /** What waits of one kind ({@code DOCUMENT} or {@code STATUS}). */
    public List<InboxItem> pending(ConnectorDefinition partner, String kind) {
        return inbox.pending(partner.id(), kind);
    }

    /** Each pending item's recipients reached through this partner's connector, by item id. */
    public Map<String, List<String>> pendingRecipients(ConnectorDefinition partner) {
        return inbox.pendingRecipients(partner.id());
    }

    /** The partner could not take the item, for {@code reason}: it leaves the inbox, the reason is recorded. */
    public Instant refuse(ConnectorDefinition partner, String id, String reason) {
        return inbox.refuse(partner.id(), id, clock.instant(), reason)
                .orElseThrow(() -> new InboxItemNotFoundException(id));
    }

    /** The partner is working on the item; it stays in the inbox. */
    public void recordProgress(ConnectorDefinition partner, String id, String detail) {
        if (!inbox.recordProgress(partner.id(), id, clock.instant(), detail)) {
            throw new InboxItemNotFoundException(id);
        }
    }

    public byte[] content(ConnectorDefinition partner, String id) {
        return inbox.content(partner.id(), id).orElseThrow(() -> new InboxItemNotFoundException(id));
    }

    public Instant acknowledge(ConnectorDefinition partner, String id) {
        return inbox.acknowledge(partner.id(), id, clock.instant()).orElseThrow(() -> new InboxItemNotFoundException(id));
    }
}
