package vn.lienthong.gateway.store;

import static vn.lienthong.gateway.store.Timestamps.utc;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a revocation, update or replacement to the earlier versions of a document: their deliveries still
 * waiting are withdrawn (a revoked or outdated version must not reach anyone now), and each earlier message
 * records which message superseded it. Versions already delivered stay delivered; the new package tells their
 * recipients.
 */
@Repository
public class EarlierVersions {

    private final JdbcClient jdbc;
    private final MessageEvents events;
    private final MessageStateUpdater messageStates;

    public EarlierVersions(JdbcClient jdbc, MessageEvents events, MessageStateUpdater messageStates) {
        this.jdbc = jdbc;
        this.events = events;
        this.messageStates = messageStates;
    }

    /** @return how many waiting deliveries were withdrawn */
    @Transactional
    public int supersede(String newMessageId, String senderAgency, String documentId, String eventType,
                         String description, Instant now) {
        List<String> earlier = jdbc.sql("""
                        select id from messages
                        where sender_agency = ? and document_id = ? and kind = 'DOCUMENT' and id <> ?
                        order by received_at""")
                .params(senderAgency, documentId, newMessageId)
                .query(String.class).list();
        int withdrawn = 0;
        for (String messageId : earlier) {
            int count = jdbc.sql("""
                            update deliveries set state = 'ABANDONED', lease_until = null, last_error = ?,
                                finished_at = ?, updated_at = ?
                            where message_id = ? and state in ('QUEUED', 'RETRYING', 'HELD')""")
                    .params(description, utc(now), utc(now), messageId)
                    .update();
            events.record(messageId, now, eventType, description + " (" + count + " waiting deliveries withdrawn)");
            messageStates.refresh(messageId, now);
            withdrawn += count;
        }
        return withdrawn;
    }
}
