package vn.lienthong.gateway.store;

import static vn.lienthong.gateway.store.Timestamps.utc;

import java.io.IOException;
import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.lienthong.connectors.spi.DeliveryOutcome;
import vn.lienthong.connectors.spi.OutboundDelivery;
import vn.lienthong.gateway.deadlines.DeadlineTracker;

/** The dispatch side of the store: claiming a delivery for one attempt and recording how it ended. */
@Repository
public class DeliveryStore {

    private static final int MAX_TEXT = 2000;

    private final JdbcClient jdbc;
    private final MessageEvents events;
    private final MessageStateUpdater messageStates;
    private final DeadlineTracker deadlines;

    public DeliveryStore(JdbcClient jdbc, MessageEvents events, MessageStateUpdater messageStates,
                         DeadlineTracker deadlines) {
        this.jdbc = jdbc;
        this.events = events;
        this.messageStates = messageStates;
        this.deadlines = deadlines;
    }

    /**
     * Takes the delivery for one attempt if the work message is current: a duplicate or stale work message
     * (redelivered by the broker, re-queued by the sweeper) finds the attempt count moved on and gets nothing. The
     * lease names {@code owner}, the instance making the attempt.
     */
    @Transactional
    public Optional<OutboundDelivery> claim(String deliveryId, int attemptsBefore, Instant now, Instant leaseUntil,
                                            String owner) {
        int claimed = jdbc.sql("""
                        update deliveries set state = 'IN_FLIGHT', attempts = attempts + 1, lease_until = ?,
                            lease_owner = ?, updated_at = ?
                        where id = ? and attempts = ? and state in ('QUEUED', 'RETRYING', 'HELD') and due_at <= ?""")
                .params(utc(leaseUntil), owner, utc(now), deliveryId, attemptsBefore, utc(now.plusSeconds(1)))
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

    /**
     * Records one finished attempt, made by instance {@code owner}, and moves the delivery (and its message) to the
     * state that follows. Returns false, moving nothing, when the attempt count moved on meanwhile: the lease had
     * ended, the delivery was released and another attempt has claimed it, whose outcome is the one that counts.
     */
    @Transactional
    public boolean recordAttempt(OutboundDelivery delivery, DeliveryOutcome outcome, Instant startedAt,
                                 Instant finishedAt, DeliveryState next, Instant nextDueAt, String owner) {
        messageStates.lock(delivery.messageId());
        insertAttempt(delivery.deliveryId(), delivery.attemptNumber(), startedAt, finishedAt,
                outcome.result().name(), outcome.httpStatus(), outcome.detail(), owner);
        int moved = jdbc.sql("""
                        update deliveries set state = ?, due_at = coalesce(?, due_at), lease_until = null,
                            lease_owner = null, last_error = ?, updated_at = ?, finished_at = ?
                        where id = ? and attempts = ?""")
                .params(next.name(), utc(nextDueAt),
                        outcome.result() == DeliveryOutcome.Result.ACCEPTED ? null : truncate(outcome.detail()),
                        utc(finishedAt), next.isFinished() ? utc(finishedAt) : null, delivery.deliveryId(),
                        delivery.attemptNumber())
                .update();
        if (moved == 0) {
            return false;
        }
        deadlines.attemptRecorded(delivery, next, finishedAt);
        events.record(delivery.messageId(), finishedAt, "DELIVERY_" + next.name(),
                delivery.connectorId() + " attempt " + delivery.attemptNumber() + ": " + outcome.detail());
        messageStates.refresh(delivery.messageId(), finishedAt);
        return true;
    }

    /** Deliveries whose due time passed long enough ago that their work message was probably never queued. */
    public List<QueuedDelivery> findStalled(Instant dueBefore) {
        return jdbc.sql("""
                        select d.id, d.connector_id, d.attempts, d.due_at
                        from deliveries d
                        where d.state in ('QUEUED', 'RETRYING', 'HELD') and d.due_at <= ?
                        order by d.due_at""")
                .param(utc(dueBefore))
                .query((rs, n) -> new QueuedDelivery(rs.getString("id"), rs.getString("connector_id"),
                        rs.getInt("attempts"), rs.getObject("due_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * Gives back the deliveries this instance ({@code owner}) left in flight when it died, and those of the time
     * before leases had owners: started again under the same id, it knows that no attempt of its own is running.
     */
    @Transactional
    public List<QueuedDelivery> releaseLeasesOf(String owner, Instant now) {
        return release(jdbc.sql("""
                        select id, message_id, connector_id, attempts from deliveries
                        where state = 'IN_FLIGHT' and (lease_owner = ? or lease_owner is null)
                        order by message_id""")
                .param(owner), now);
    }

    /**
     * Gives back deliveries whose attempt outlived its lease, whichever instance held it (it died mid-attempt):
     * the attempt is recorded as interrupted and the delivery is due again at once.
     */
    @Transactional
    public List<QueuedDelivery> releaseExpiredLeases(Instant now) {
        return release(jdbc.sql("""
                        select id, message_id, connector_id, attempts from deliveries
                        where state = 'IN_FLIGHT' and lease_until < ?
                        order by message_id""")
                .param(utc(now)), now);
    }

    /**
     * Each row is taken back only if it is still the same attempt, so two instances releasing at once record one
     * interruption, and an attempt that ended meanwhile keeps its outcome. Messages are locked in id order, so two
     * releases never wait on each other in a circle.
     */
    private List<QueuedDelivery> release(JdbcClient.StatementSpec inFlight, Instant now) {
        List<QueuedDelivery> released = new ArrayList<>();
        inFlight.query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .list()
                .forEach(row -> {
                    int attempts = Integer.parseInt(row[3]);
                    messageStates.lock(row[1]);
                    int taken = jdbc.sql("""
                                    update deliveries set state = 'RETRYING', due_at = ?, lease_until = null,
                                        lease_owner = null, updated_at = ?
                                    where id = ? and state = 'IN_FLIGHT' and attempts = ?""")
                            .params(utc(now), utc(now), row[0], attempts)
                            .update();
                    if (taken == 1) {
                        insertAttempt(row[0], attempts, now, now, "INTERRUPTED", null,
                                "the gateway stopped during this attempt; its outcome is unknown, so it is tried again",
                                null);
                        events.record(row[1], now, "DELIVERY_INTERRUPTED", "attempt " + attempts + " was interrupted");
                        messageStates.refresh(row[1], now);
                        released.add(new QueuedDelivery(row[0], row[2], attempts, now));
                    }
                });
        return released;
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
    public String connectorOf(String deliveryId) {
        return jdbc.sql("select connector_id from deliveries where id = ?").param(deliveryId).query(String.class).single();
    }

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
                               String outcome, Integer httpStatus, String detail, String instanceId) {
        jdbc.sql("""
                        insert into attempts (delivery_id, attempt_no, started_at, finished_at, outcome, http_status,
                            detail, instance_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(deliveryId, attemptNo, utc(startedAt), utc(finishedAt), outcome, httpStatus, truncate(detail),
                        instanceId)
                .update();
    }

    private static String truncate(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
