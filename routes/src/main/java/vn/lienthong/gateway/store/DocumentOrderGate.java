package vn.lienthong.gateway.store;

import static vn.lienthong.gateway.store.Timestamps.utc;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps the versions of one document (same sender and DocumentId: an original, then its update or revocation) in the
 * order they were accepted at each partner: a delivery is held while an earlier version still has an unfinished
 * delivery through the same connector, or has not been processed yet. Kept in the store, so the order survives
 * retries, redeliveries and restarts alike.
 */
@Repository
public class DocumentOrderGate {

    private final JdbcClient jdbc;

    public DocumentOrderGate(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether an earlier version of this delivery's document must reach the same connector first. */
    public boolean mustWait(String deliveryId) {
        return jdbc.sql("""
                        select
                          (select count(*) from deliveries d
                           join messages m on m.id = d.message_id
                           join messages em on em.sender_agency = m.sender_agency and em.document_id = m.document_id
                               and em.kind = 'DOCUMENT' and em.id <> m.id
                               and (em.received_at < m.received_at or (em.received_at = m.received_at and em.id < m.id))
                           join deliveries e on e.message_id = em.id and e.connector_id = d.connector_id
                           where d.id = ? and m.kind = 'DOCUMENT'
                               and e.state not in ('DELIVERED', 'DEAD', 'REJECTED', 'ABANDONED'))
                        + (select count(*) from deliveries d
                           join messages m on m.id = d.message_id
                           join messages em on em.sender_agency = m.sender_agency and em.document_id = m.document_id
                               and em.kind = 'DOCUMENT' and em.id <> m.id
                               and (em.received_at < m.received_at or (em.received_at = m.received_at and em.id < m.id))
                           join process_work w on w.message_id = em.id and w.failed_at is null
                           join process_routes r on r.message_id = em.id and r.connector_id = d.connector_id
                           where d.id = ? and m.kind = 'DOCUMENT')""")
                .params(deliveryId, deliveryId)
                .query(Long.class).single() > 0;
    }

    /**
     * Marks the delivery HELD until {@code nextLookAt}, when its work message comes back to look again; false when the
     * work message is stale (the delivery moved on), and nothing changes.
     */
    public boolean hold(String deliveryId, int attemptsBefore, Instant nextLookAt, Instant now) {
        // updated_at moves only when it becomes HELD: the stuck-delivery alert still sees how long it has waited.
        return jdbc.sql("""
                        update deliveries set due_at = ?,
                            updated_at = case when state = 'HELD' then updated_at else ? end, state = 'HELD'
                        where id = ? and attempts = ? and state in ('QUEUED', 'RETRYING', 'HELD')""")
                .params(utc(nextLookAt), utc(now), deliveryId, attemptsBefore)
                .update() > 0;
    }
}
