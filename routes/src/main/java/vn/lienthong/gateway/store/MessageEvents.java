package vn.lienthong.gateway.store;

import static vn.lienthong.gateway.store.Timestamps.utc;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appends to a message's history: what happened to it, when, in words an operator can read. */
@Repository
public class MessageEvents {

    private static final int MAX_DETAIL = 2000;

    private final JdbcClient jdbc;

    public MessageEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String messageId, Instant at, String type, String detail) {
        String text = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        jdbc.sql("insert into message_events (message_id, at, type, detail) values (?, ?, ?, ?)")
                .params(messageId, utc(at), type, text)
                .update();
    }
}
