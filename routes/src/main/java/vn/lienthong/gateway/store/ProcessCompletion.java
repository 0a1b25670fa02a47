package vn.lienthong.gateway.store;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The process stage's one transaction: take the work row, store the sent bytes, create one delivery per connector,
 * withdraw what the package supersedes. A work message whose row is already gone changes nothing.
 */
@Repository
public class ProcessCompletion {

    private final ProcessWorkStore work;
    private final MessageStore messages;
    private final EarlierVersions earlierVersions;
    private final MessageStateUpdater messageStates;

    public ProcessCompletion(ProcessWorkStore work, MessageStore messages, EarlierVersions earlierVersions,
                             MessageStateUpdater messageStates) {
        this.work = work;
        this.messages = messages;
        this.earlierVersions = earlierVersions;
        this.messageStates = messageStates;
    }

    /** @return the deliveries to queue once committed; empty when the work was done already */
    @Transactional
    public List<QueuedDelivery> complete(ProcessWork item, PackageContent sent, Instant now) {
        // The message row first, as every state change locks it, so two consumers of one work message serialise here.
        messageStates.lock(item.messageId());
        if (!work.take(item.messageId())) {
            return List.of();
        }
        List<QueuedDelivery> deliveries = messages.deliver(item.messageId(), sent, item.routes(), now);
        NewMessage.Supersession change = item.supersession();
        if (change != null) {
            earlierVersions.supersede(item.messageId(), item.senderAgency(), change.documentId(), change.eventType(),
                    change.describedFor(item.messageId()), item.receivedAt());
        }
        return deliveries;
    }
}
