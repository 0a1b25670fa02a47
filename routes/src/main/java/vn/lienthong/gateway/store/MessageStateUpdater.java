package vn.lienthong.gateway.store;

import static vn.lienthong.gateway.store.Timestamps.utc;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Derives a message's state from its deliveries, so the two can never disagree. */
@Repository
public class MessageStateUpdater {

    private final JdbcClient jdbc;

    public MessageStateUpdater(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Recomputes and stores the state of one message; call inside the transaction that changed a delivery. */
    public MessageState refresh(String messageId, Instant now) {
        // Two deliveries of one message finishing at once would each see the other unfinished and store
        // DELIVERING last; locking the message row first serialises them, so the later one sees both.
        lock(messageId);
        List<DeliveryState> states = jdbc.sql("select state from deliveries where message_id = ?")
                .param(messageId)
                .query((rs, n) -> DeliveryState.valueOf(rs.getString(1)))
                .list();
        if (states.isEmpty()) {
            // Not processed yet, or FAILED at the process stage: there are no deliveries to derive a state from.
            return jdbc.sql("select state from messages where id = ?").param(messageId)
                    .query((rs, n) -> MessageState.valueOf(rs.getString(1))).single();
        }
        int attempted = jdbc.sql("select coalesce(sum(attempts), 0) from deliveries where message_id = ?")
                .param(messageId)
                .query(Integer.class)
                .single();
        MessageState state = derive(states, attempted > 0);
        jdbc.sql("update messages set state = ?, updated_at = ? where id = ?")
                .params(state.name(), utc(now), messageId)
                .update();
        return state;
    }

    /**
     * Locks the message row for the rest of the transaction. A transaction that will refresh a message takes this
     * before writing rows that reference the message: on PostgreSQL such a write holds a key-share lock on the
     * message, and two transactions each holding one and both asking for this lock deadlock.
     */
    public void lock(String messageId) {
        jdbc.sql("select id from messages where id = ? for update").param(messageId).query(String.class).single();
    }

    static MessageState derive(List<DeliveryState> states, boolean anyAttempted) {
        if (states.stream().anyMatch(s -> !s.isFinished())) {
            return anyAttempted ? MessageState.DELIVERING : MessageState.ACCEPTED;
        }
        if (states.stream().allMatch(s -> s == DeliveryState.DELIVERED)) {
            return MessageState.DELIVERED;
        }
        if (states.contains(DeliveryState.DEAD)) {
            return MessageState.DEAD;
        }
        // A refusal still needs an operator's eye; an abandoned delivery already had one.
        return states.contains(DeliveryState.REJECTED) ? MessageState.REJECTED : MessageState.ABANDONED;
    }
}
