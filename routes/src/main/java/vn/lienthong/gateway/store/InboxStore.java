package vn.lienthong.gateway.store;

import static vn.lienthong.gateway.store.Timestamps.instant;
import static vn.lienthong.gateway.store.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The inboxes of partners that pull: what waits for each connector, its bytes, and its acknowledgement. */
@Repository
public class InboxStore {

    private static final String ITEM_COLUMNS = """
            select i.delivery_id, m.document_id, m.sender_agency, m.kind, m.subject, i.available_at, i.acknowledged_at
            from inbox_items i join messages m on m.id = i.message_id""";

    private final JdbcClient jdbc;
    private final MessageEvents events;

    public InboxStore(JdbcClient jdbc, MessageEvents events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Idempotent, because an attempt cut short by a crash is made again with the same delivery id. */
    public void makeAvailable(String deliveryId, String connectorId, String messageId, Instant at) {
        jdbc.sql("""
                        insert into inbox_items (delivery_id, connector_id, message_id, available_at)
                        select ?, ?, ?, ?
                        where not exists (select 1 from inbox_items where delivery_id = ?)""")
                .params(deliveryId, connectorId, messageId, utc(at), deliveryId)
                .update();
    }

    /** Items not yet acknowledged, oldest first. */
    public List<InboxItem> pending(String connectorId) {
        return jdbc.sql(ITEM_COLUMNS + " where i.connector_id = ? and i.acknowledged_at is null order by i.available_at")
                .param(connectorId)
                .query((rs, n) -> item(rs))
                .list();
    }

    /** Items not yet acknowledged of one kind ({@code DOCUMENT} or {@code STATUS}), oldest first. */
    public List<InboxItem> pending(String connectorId, String kind) {
        return jdbc.sql(ITEM_COLUMNS + " where i.connector_id = ? and i.acknowledged_at is null and m.kind = ?"
                        + " order by i.available_at")
                .params(connectorId, kind)
                .query((rs, n) -> item(rs))
                .list();
    }

    /** The recipients each pending item of the connector was addressed to through it, by delivery id. */
    public Map<String, List<String>> pendingRecipients(String connectorId) {
        Map<String, List<String>> recipients = new LinkedHashMap<>();
        jdbc.sql("""
                        select r.delivery_id, r.agency_id from recipients r
                        join inbox_items i on i.delivery_id = r.delivery_id
                        where i.connector_id = ? and i.acknowledged_at is null order by r.position""")
                .param(connectorId)
                .query(rs -> {
                    recipients.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        return recipients;
    }

    /**
     * The partner could not take the item and said why: it leaves the inbox like an acknowledged one, and the
     * reason goes into the message's history.
     */
    @Transactional
    public Optional<Instant> refuse(String connectorId, String deliveryId, Instant at, String reason) {
        Optional<String> messageId = messageOf(connectorId, deliveryId);
        if (messageId.isEmpty()) {
            return Optional.empty();
        }
        int updated = jdbc.sql("update inbox_items set acknowledged_at = ? where delivery_id = ? and acknowledged_at is null")
                .params(utc(at), deliveryId)
                .update();
        if (updated == 1) {
            events.record(messageId.get(), at, "INBOX_REFUSED", connectorId + " could not take delivery " + deliveryId
                    + ": " + reason);
        }
        return Optional.of(at);
    }

    /** The partner says it is working on the item: recorded in the history, the item stays in the inbox. */
    public boolean recordProgress(String connectorId, String deliveryId, Instant at, String detail) {
        Optional<String> messageId = messageOf(connectorId, deliveryId);
        messageId.ifPresent(id -> events.record(id, at, "INBOX_PROCESSING", connectorId + " is processing delivery "
                + deliveryId + (detail == null || detail.isBlank() ? "" : ": " + detail)));
        return messageId.isPresent();
    }

    private Optional<String> messageOf(String connectorId, String deliveryId) {
        return jdbc.sql("select message_id from inbox_items where delivery_id = ? and connector_id = ?")
                .params(deliveryId, connectorId)
                .query(String.class)
                .optional();
    }

    /** The bytes a push would have sent: the gateway-signed package when there is one, else the one received. */
    public Optional<byte[]> content(String connectorId, String deliveryId) {
        return jdbc.sql("""
                        select coalesce(
                            (select content from packages where message_id = i.message_id and direction = 'SENT'),
                            (select content from packages where message_id = i.message_id and direction = 'RECEIVED'))
                        from inbox_items i where i.delivery_id = ? and i.connector_id = ?""")
                .params(deliveryId, connectorId)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    /** Marks the item taken; acknowledging again changes nothing and answers the first time. */
    @Transactional
    public Optional<Instant> acknowledge(String connectorId, String deliveryId, Instant at) {
        Optional<String> messageId = messageOf(connectorId, deliveryId);
        if (messageId.isEmpty()) {
            return Optional.empty();
        }
        int updated = jdbc.sql("update inbox_items set acknowledged_at = ? where delivery_id = ? and acknowledged_at is null")
                .params(utc(at), deliveryId)
                .update();
        if (updated == 1) {
            events.record(messageId.get(), at, "INBOX_ACKNOWLEDGED", connectorId + " took delivery " + deliveryId);
        }
        return jdbc.sql("select acknowledged_at from inbox_items where delivery_id = ?")
                .param(deliveryId)
                .query((rs, n) -> instant(rs.getObject(1, OffsetDateTime.class)))
                .optional();
    }

    private static InboxItem item(ResultSet rs) throws SQLException {
        return new InboxItem(rs.getString("delivery_id"), rs.getString("document_id"), rs.getString("sender_agency"),
                rs.getString("kind"), rs.getString("subject"),
                instant(rs.getObject("available_at", OffsetDateTime.class)),
                instant(rs.getObject("acknowledged_at", OffsetDateTime.class)));
    }
}
