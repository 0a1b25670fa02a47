package vn.lienthong.gateway.store;

import static vn.lienthong.gateway.store.Timestamps.utc;

import java.io.IOException;
import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.lienthong.connectors.dispatch.DeliveryOutcome;
import vn.lienthong.connectors.dispatch.OutboundDelivery;

/** The dispatch side of the store: claiming a delivery for one attempt and recording how it ended. */
@Repository
public class DeliveryStore {

    private static final int MAX_TEXT = 2000;

    private final JdbcClient jdbc;
    private final MessageEvents events;
    private final MessageStateUpdater messageStates;

    public DeliveryStore(JdbcClient jdbc, MessageEvents events, MessageStateUpdater messageStates) {
        this.jdbc = jdbc;
        this.events = events;
        this.messageStates = messageStates;
    }

    /**
     * Takes the delivery for one attempt if the work message is current: a duplicate or stale work message
     * (redelivered by the broker, re-queued by the sweeper) finds the attempt count moved on and gets nothing.
     */
    @Transactional
    public Optional<OutboundDelivery> claim(String deliveryId, int attemptsBefore, Instant now, Instant leaseUntil) {
        int claimed = jdbc.sql("""
                        update deliveries set state = 'IN_FLIGHT', attempts = attempts + 1, lease_until = ?, updated_at = ?
                        where id = ? and attempts = ? and state in ('QUEUED', 'RETRYING') and due_at <= ?""")
                .params(utc(leaseUntil), utc(now), deliveryId, attemptsBefore, utc(now.plusSeconds(1)))
                .update();
        if (claimed == 0) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select d.message_id, d.connector_id, m.document_id, coalesce(
                            (select content from packages where message_id = d.message_id and direction = 'SENT'),
                            (select content from packages where message_id = d.message_id and direction = 'RECEIVED'))
                            as content, coalesce(
                            (select size_bytes from packages where message_id = d.message_id and direction = 'SENT'),
                            (select size_bytes from packages where message_id = d.message_id and direction = 'RECEIVED'))
                            as size_bytes
                        from deliveries d
                        join messages m on m.id = d.message_id
                        where d.id = ?""")
                .param(deliveryId)
                .query((rs, n) -> new OutboundDelivery(deliveryId, rs.getString("message_id"),
                        rs.getString("document_id"), rs.getString("connector_id"),
                        recipientsOf(deliveryId), content(rs, rs.getLong("size_bytes")), attemptsBefore + 1))
                .optional();
    }

    /** The size of the package a delivery sends, known before its bytes are read. */
    public long packageSize(String deliveryId) {
        return jdbc.sql("""
                        select coalesce(
                            (select size_bytes from packages where message_id = d.message_id and direction = 'SENT'),
                            (select size_bytes from packages where message_id = d.message_id and direction = 'RECEIVED'))
                        from deliveries d where d.id = ?""")
                .param(deliveryId)
                .query(Long.class)
                .optional().orElse(0L);
    }

    /** Read as a stream into an array of the known size: one copy, where getBytes may grow a buffer twice over. */
    private static byte[] content(ResultSet rs, long size) throws SQLException {
        try (InputStream in = rs.getBinaryStream("content")) {
            return in.readNBytes((int) size);
        } catch (IOException e) {
            throw new SQLException("cannot read the package content", e);
        }
    }

    /** Records one finished attempt and moves the delivery (and its message) to the state that follows. */
    @Transactional
    public void recordAttempt(OutboundDelivery delivery, DeliveryOutcome outcome, Instant startedAt,
                              Instant finishedAt, DeliveryState next, Instant nextDueAt) {
        insertAttempt(delivery.deliveryId(), delivery.attemptNumber(), startedAt, finishedAt,
                outcome.result().name(), outcome.httpStatus(), outcome.detail());
        jdbc.sql("""
                        update deliveries set state = ?, due_at = coalesce(?, due_at), lease_until = null,
                            last_error = ?, updated_at = ?, finished_at = ?
                        where id = ?""")
                .params(next.name(), utc(nextDueAt),
                        outcome.result() == DeliveryOutcome.Result.ACCEPTED ? null : truncate(outcome.detail()),
                        utc(finishedAt), next.isFinished() ? utc(finishedAt) : null, delivery.deliveryId())
                .update();
        events.record(delivery.messageId(), finishedAt, "DELIVERY_" + next.name(),
                delivery.connectorId() + " attempt " + delivery.attemptNumber() + ": " + outcome.detail());
        messageStates.refresh(delivery.messageId(), finishedAt);
    }

    /** Deliveries whose due time passed long enough ago that their work message was probably never queued. */
    public List<QueuedDelivery> findStalled(Instant dueBefore) {
        return jdbc.sql("""
                        select d.id, d.connector_id, d.attempts, d.due_at
                        from deliveries d
                        where d.state in ('QUEUED', 'RETRYING') and d.due_at <= ?
                        order by d.due_at""")
                .param(utc(dueBefore))
                .query((rs, n) -> new QueuedDelivery(rs.getString("id"), rs.getString("connector_id"),
                        rs.getInt("attempts"), rs.getObject("due_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * Gives back deliveries whose attempt outlived its lease (the process died mid-attempt): the attempt is
     * recorded as interrupted and the delivery is due again at once.
     */
    @Transactional
    public int releaseExpiredLeases(Instant leasesEndingBefore, Instant now) {
        List<String[]> expired = jdbc.sql("""
                        select id, message_id, attempts from deliveries
                        where state = 'IN_FLIGHT' and lease_until < ?""")
                .param(utc(leasesEndingBefore))
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list();
        for (String[] row : expired) {
            insertAttempt(row[0], Integer.parseInt(row[2]), now, now, "INTERRUPTED", null,
                    "the gateway stopped during this attempt; its outcome is unknown, so it is tried again");
            jdbc.sql("""
                            update deliveries set state = 'RETRYING', due_at = ?, lease_until = null, updated_at = ?
                            where id = ? and state = 'IN_FLIGHT'""")
                    .params(utc(now), utc(now), row[0])
                    .update();
            events.record(row[1], now, "DELIVERY_INTERRUPTED", "attempt " + row[2] + " was interrupted");
            messageStates.refresh(row[1], now);
        }
        return expired.size();
    }

    /** The delivery's message, connector and document number, for the log context of its dispatch. */
    public Optional<DeliveryIdentity> identify(String deliveryId) {
        return jdbc.sql("""
                        select d.message_id, d.connector_id, m.code_number, m.code_notation
                        from deliveries d join messages m on m.id = d.message_id
                        where d.id = ?""")
                .param(deliveryId)
                .query((rs, n) -> new DeliveryIdentity(deliveryId, rs.getString(1), rs.getString(2),
                        rs.getString(3) == null || rs.getString(4) == null ? null
                                : rs.getString(3) + "/" + rs.getString(4)))
                .optional();
    }

    /** One line about a delivery's state, for logs. */
    public String describe(String deliveryId) {
        return jdbc.sql("select state, attempts, due_at from deliveries where id = ?").param(deliveryId)
                .query((rs, n) -> rs.getString(1) + " after " + rs.getInt(2) + " attempts, due "
                        + rs.getObject(3, OffsetDateTime.class))
                .optional().orElse("unknown");
    }

    private List<String> recipientsOf(String deliveryId) {
        return jdbc.sql("select agency_id from recipients where delivery_id = ? order by position")
                .param(deliveryId)
                .query(String.class)
                .list();
    }

    private void insertAttempt(String deliveryId, int attemptNo, Instant startedAt, Instant finishedAt,
                               String outcome, Integer httpStatus, String detail) {
        jdbc.sql("""
                        insert into attempts (delivery_id, attempt_no, started_at, finished_at, outcome, http_status, detail)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(deliveryId, attemptNo, utc(startedAt), utc(finishedAt), outcome, httpStatus, truncate(detail))
                .update();
    }

    private static String truncate(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
