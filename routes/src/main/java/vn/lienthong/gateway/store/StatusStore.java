package vn.lienthong.gateway.store;

import static vn.lienthong.gateway.store.Timestamps.utc;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.lienthong.gateway.deadlines.DeadlineTracker;

/** Correlates status packages with the documents they answer and commits them with the forwarding message. */
@Repository
public class StatusStore {

    private static final int MAX_TEXT = 2000;
    private static final int MAX_STAFF = 500;

    private final JdbcClient jdbc;
    private final MessageStore messages;
    private final MessageEvents events;
    private final DeadlineTracker deadlines;

    public StatusStore(JdbcClient jdbc, MessageStore messages, MessageEvents events, DeadlineTracker deadlines) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.events = events;
        this.deadlines = deadlines;
    }

    /** The document {@code senderAgency} sent through the gateway with this DocumentId, if any. */
    public Optional<AnsweredDocument> findDocument(String senderAgency, String documentId) {
        return jdbc.sql("""
                        select id, sender_agency, sender_connector from messages
                        where kind = 'DOCUMENT' and sender_agency = ? and document_id = ?
                        order by received_at desc""")
                .params(senderAgency, documentId)
                .query((rs, n) -> new AnsweredDocument(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list().stream().findFirst();
    }

    /** Also before the process stage made the document's deliveries, while its recipients wait in process_routes. */
    public boolean isRecipient(String documentMessageId, String agency) {
        return jdbc.sql("""
                        select (select count(*) from recipients where message_id = ? and agency_id = ?)
                            + (select count(*) from process_routes where message_id = ? and agency_id = ?)""")
                .params(documentMessageId, agency, documentMessageId, agency)
                .query(Integer.class).single() > 0;
    }

    /**
     * Stores the status package as a new message forwarded to the original sender, the status itself, and the
     * recipient's business state, all in one transaction so that a refusal or a crash leaves none of them.
     */
    @Transactional
    public AcceptedMessage accept(NewMessage forward, NewStatus status) {
        deadlines.answered(status.documentMessageId(), status.recipientAgency(), status.statusCode(),
                forward.receivedAt());
        AcceptedMessage accepted = messages.accept(forward);
        Instant at = forward.receivedAt();
        jdbc.sql("""
                        insert into statuses (id, message_id, recipient_agency, status_code, description, staff,
                            status_timestamp, received_at, package_sha256)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(accepted.id(), status.documentMessageId(), status.recipientAgency(), status.statusCode(),
                        truncate(status.description(), MAX_TEXT), truncate(status.staff(), MAX_STAFF),
                        truncate(status.statusTimestamp(), 32), utc(at), forward.packageSha256())
                .update();
        jdbc.sql("""
                        update recipients set business_status = ?, business_status_at = ?
                        where message_id = ? and agency_id = ?""")
                .params(status.statusCode(), utc(at), status.documentMessageId(), status.recipientAgency())
                .update();
        events.record(status.documentMessageId(), at, "STATUS_" + status.statusCode(),
                status.recipientAgency() + " reported status " + status.statusCode() + " (status " + accepted.id()
                        + ")");
        return accepted;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
