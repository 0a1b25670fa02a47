package vn.lienthong.gateway.operations;

import static vn.lienthong.gateway.store.Timestamps.utc;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.lienthong.gateway.audit.AuditLog;
import vn.lienthong.gateway.store.MessageEvents;
import vn.lienthong.gateway.store.MessageState;
import vn.lienthong.gateway.store.MessageStateUpdater;
import vn.lienthong.gateway.store.ProcessWorkStore;

/**
 * The store side of replay and abandon: each changes the deliveries, records the message's history and writes the
 * audit row in one transaction, so an action is either fully visible or not at all.
 */
@Repository
public class OperatorActions {

    public static final String REPLAY = "REPLAY";
    public static final String ABANDON = "ABANDON";

    private final JdbcClient jdbc;
    private final MessageEvents events;
    private final MessageStateUpdater messageStates;
    private final AuditLog audit;
    private final Clock clock;
    private final ProcessWorkStore processWork;

    public OperatorActions(JdbcClient jdbc, MessageEvents events, MessageStateUpdater messageStates, AuditLog audit,
                           Clock clock, ProcessWorkStore processWork) {
        this.processWork = processWork;
        this.jdbc = jdbc;
        this.events = events;
        this.messageStates = messageStates;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Dead and rejected deliveries become due now; their attempt counts stay, so history numbering goes on. A message
     * FAILED at the process stage has no deliveries: its work waits again instead.
     */
    @Transactional
    public OperatorActionResult replay(String messageId, String actor, String reason) {
        Instant now = clock.instant();
        List<DeliveryChange> changes = lockDeliveries(messageId, "'DEAD', 'REJECTED'");
        if (changes.isEmpty() && processWork.reopen(messageId, "replayed by " + actor + ": " + reason, now)) {
            // FAILED at the process stage: no delivery exists yet, the message is prepared again from the start.
            long seq = audit.append(actor, REPLAY, "message:" + messageId, reason, "process stage (FAILED)").seq();
            return new OperatorActionResult(messageId, REPLAY, MessageState.ACCEPTED.name(), List.of(), seq);
        }
        if (changes.isEmpty()) {
            throw new NothingToChangeException("message " + messageId + " has no DEAD or REJECTED delivery to replay");
        }
        for (DeliveryChange change : changes) {
            jdbc.sql("""
                            update deliveries set state = 'RETRYING', due_at = ?, lease_until = null, finished_at = null,
                                updated_at = ?
                            where id = ?""")
                    .params(utc(now), utc(now), change.deliveryId())
                    .update();
            events.record(messageId, now, "DELIVERY_REPLAYED", change.connectorId() + " was " + change.previousState()
                    + " after " + change.attempts() + " attempts; replayed by " + actor + ": " + reason);
        }
        return finish(messageId, REPLAY, actor, reason, changes, now);
    }

    /** Waiting and dead deliveries are given up; a scheduled work message for one finds it finished and stops. */
    @Transactional
    public OperatorActionResult abandon(String messageId, String actor, String reason) {
        Instant now = clock.instant();
        List<DeliveryChange> changes = lockDeliveries(messageId, "'DEAD', 'RETRYING', 'QUEUED', 'HELD'");
        if (changes.isEmpty()) {
            throw new NothingToChangeException("message " + messageId + " has no DEAD, RETRYING or QUEUED delivery "
                    + "to abandon");
        }
        for (DeliveryChange change : changes) {
            jdbc.sql("""
                            update deliveries set state = 'ABANDONED', lease_until = null, finished_at = ?, updated_at = ?
                            where id = ?""")
                    .params(utc(now), utc(now), change.deliveryId())
                    .update();
            events.record(messageId, now, "DELIVERY_ABANDONED", change.connectorId() + " was "
                    + change.previousState() + " after " + change.attempts() + " attempts; abandoned by " + actor
                    + ": " + reason);
        }
        return finish(messageId, ABANDON, actor, reason, changes, now);
    }

    /** Locks the message row first, as every state change does, then the deliveries in the given states. */
    private List<DeliveryChange> lockDeliveries(String messageId, String states) {
        jdbc.sql("select id from messages where id = ? for update").param(messageId).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("message", messageId));
        return jdbc.sql("select id, connector_id, state, attempts from deliveries where message_id = ? and state in ("
                        + states + ") order by connector_id for update")
                .param(messageId)
                .query((rs, n) -> new DeliveryChange(rs.getString("id"), rs.getString("connector_id"),
                        rs.getString("state"), rs.getInt("attempts")))
                .list();
    }

    private OperatorActionResult finish(String messageId, String action, String actor, String reason,
                                        List<DeliveryChange> changes, Instant now) {
        String state = messageStates.refresh(messageId, now).name();
        String detail = changes.stream().map(c -> c.connectorId() + " (" + c.previousState() + ", " + c.attempts()
                + " attempts)").collect(Collectors.joining(", "));
        long seq = audit.append(actor, action, "message:" + messageId, reason, detail).seq();
        return new OperatorActionResult(messageId, action, state, changes, seq);
    }
}
