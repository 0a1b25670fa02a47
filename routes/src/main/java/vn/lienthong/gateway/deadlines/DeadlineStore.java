package vn.lienthong.gateway.deadlines;

import static vn.lienthong.gateway.store.Timestamps.instant;
import static vn.lienthong.gateway.store.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.lienthong.gateway.store.StoreIds;

/** The {@code deadlines} table (V10__deadlines.sql): recording, answering, and finding the overdue ones. */
@Repository
public class DeadlineStore {

    private static final String COLUMNS = "id, message_id, delivery_id, recipient_agency, recipient_name, "
            + "connector_id, kind, priority, delivered_at, due_at, state, answered_at, answer_code";

    /** The document a delivery carried, as its deadlines copy it. */
    public record DeliveredDocument(String kind, String senderAgency, String senderConnector, Instant receivedAt) {
    }

    /** A recipient's first status among some codes. */
    public record Answer(String code, Instant receivedAt) {
    }

    private final JdbcClient jdbc;

    public DeadlineStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DeliveredDocument> document(String messageId) {
        return jdbc.sql("select kind, sender_agency, sender_connector, received_at from messages where id = ?")
                .param(messageId)
                .query((rs, n) -> new DeliveredDocument(rs.getString(1), rs.getString(2), rs.getString(3),
                        instant(rs.getObject(4, OffsetDateTime.class))))
                .optional();
    }

    public boolean recordedFor(String deliveryId) {
        return jdbc.sql("select count(*) from deadlines where delivery_id = ?").param(deliveryId)
                .query(Long.class).single() > 0;
    }

    /** The earliest status {@code agency} reported about the document with one of {@code codes}. */
    public Optional<Answer> firstAnswer(String messageId, String agency, Set<String> codes) {
        return jdbc.sql("""
                        select status_code, received_at from statuses
                        where message_id = :message and recipient_agency = :agency and status_code in (:codes)
                        order by received_at, id""")
                .params(Map.of("message", messageId, "agency", agency, "codes", codes))
                .query((rs, n) -> new Answer(rs.getString(1), instant(rs.getObject(2, OffsetDateTime.class))))
                .list().stream().findFirst();
    }

    /**
     * One new deadline of {@code document}, with the seconds from delivery to its answer when already answered;
     * stamped {@code updated_at} like every change of a deadline, so the statistics' rollups recount its day.
     */
    public void insert(Deadline d, DeliveredDocument document, Long elapsedSeconds) {
        jdbc.sql("insert into deadlines (" + COLUMNS + ", sender_agency, sender_connector, received_at, "
                        + "elapsed_seconds, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(d.id() == null ? StoreIds.next() : d.id(), d.messageId(), d.deliveryId(), d.recipientAgency(),
                        truncate(d.recipientName()), d.connectorId(), d.kind().name(), d.priority(),
                        utc(d.deliveredAt()), utc(d.dueAt()), d.state().name(), utc(d.answeredAt()), d.answerCode(),
                        document.senderAgency(), document.senderConnector(), utc(document.receivedAt()),
                        elapsedSeconds, utc(d.deliveredAt()))
                .update();
    }

    /** The recipient's deadlines for the document that are still open. */
    public List<Deadline> open(String messageId, String agency) {
        return jdbc.sql("select " + COLUMNS + " from deadlines where message_id = ? and recipient_agency = ? "
                        + "and state in ('OPEN', 'OVERDUE')")
                .params(messageId, agency)
                .query((rs, n) -> deadline(rs))
                .list();
    }

    /** Closes an open deadline; false when it was closed meanwhile. */
    public boolean close(String id, DeadlineState state, Instant answeredAt, String code, Long elapsedSeconds) {
        return jdbc.sql("""
                        update deadlines set state = ?, answered_at = ?, answer_code = ?, elapsed_seconds = ?,
                            updated_at = ?
                        where id = ? and state in ('OPEN', 'OVERDUE')""")
                .params(state.name(), utc(answeredAt), code, elapsedSeconds, utc(answeredAt), id)
                .update() == 1;
    }

    /** Marks every open deadline due before {@code now} overdue; returns how many. */
    public int markOverdue(Instant now) {
        return jdbc.sql("update deadlines set state = 'OVERDUE', overdue_since = ?, updated_at = ? "
                        + "where state = 'OPEN' and due_at < ?")
                .params(utc(now), utc(now), utc(now))
                .update();
    }

    /** Overdue deadlines, the most recently due first, at most {@code limit}, with the document's number. */
    public List<OverdueDeadline> overdue(int limit) {
        return jdbc.sql("""
                        select d.id, d.message_id, d.recipient_agency, d.recipient_name, d.connector_id, d.kind,
                            d.due_at, m.code_number, m.code_notation
                        from deadlines d join messages m on m.id = d.message_id
                        where d.state = 'OVERDUE' order by d.due_at desc limit ?""")
                .param(limit)
                .query((rs, n) -> new OverdueDeadline(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), DeadlineKind.valueOf(rs.getString(6)),
                        instant(rs.getObject(7, OffsetDateTime.class)),
                        rs.getString(8) == null ? null : rs.getString(8) + "/" + rs.getString(9)))
                .list();
    }

    /** How many deadlines are open and overdue, per connector. */
    public List<OpenCount> openByConnector() {
        return jdbc.sql("select connector_id, state, count(*) from deadlines where state in ('OPEN', 'OVERDUE') "
                        + "group by connector_id, state")
                .query((rs, n) -> new OpenCount(rs.getString(1), DeadlineState.valueOf(rs.getString(2)),
                        rs.getLong(3)))
                .list();
    }

    /** Every deadline of a document, by recipient then kind. */
    public List<Deadline> ofMessage(String messageId) {
        return jdbc.sql("select " + COLUMNS + " from deadlines where message_id = ? order by recipient_agency, due_at")
                .param(messageId)
                .query((rs, n) -> deadline(rs))
                .list();
    }

    /** Open and overdue counts of one connector. */
    public record OpenCount(String connectorId, DeadlineState state, long count) {
    }

    private static Deadline deadline(ResultSet rs) throws SQLException {
        return new Deadline(rs.getString("id"), rs.getString("message_id"), rs.getString("delivery_id"),
                rs.getString("recipient_agency"), rs.getString("recipient_name"), rs.getString("connector_id"),
                DeadlineKind.valueOf(rs.getString("kind")), rs.getInt("priority"),
                instant(rs.getObject("delivered_at", OffsetDateTime.class)),
                instant(rs.getObject("due_at", OffsetDateTime.class)), DeadlineState.valueOf(rs.getString("state")),
                instant(rs.getObject("answered_at", OffsetDateTime.class)), rs.getString("answer_code"));
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 200 ? text : text.substring(0, 200);
    }
}
