package vn.lienthong.gateway.store;

import static vn.lienthong.gateway.store.Timestamps.utc;

import java.time.Instant;
import java.util.ArrayList;
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
        jdbc.sql("select id from messages where id = ? for update").param(messageId).query(String.class).single();
        // One read gives both what derive needs: each delivery's state, and whether any was attempted.
        List<DeliveryState> states = new ArrayList<>();
        boolean[] attempted = {false};
        jdbc.sql("select state, attempts from deliveries where message_id = ?")
                .param(messageId)
                .query(rs -> {
                    states.add(DeliveryState.valueOf(rs.getString(1)));
                    attempted[0] |= rs.getInt(2) > 0;
                });
        MessageState state = derive(states, attempted[0]);
        jdbc.sql("update messages set state = ?, updated_at = ? where id = ?")
                .params(state.name(), utc(now), messageId)
                .update();
        return state;
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
