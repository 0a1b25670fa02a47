package vn.lienthong.gateway.store;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.lienthong.schemas.model.StatusCode;

/** Reads messages back for the partner and admin APIs. */
@Repository
public class DocumentQueries {

    private final JdbcClient jdbc;
    private final AttachmentSignatureStore attachmentSignatures;

    public DocumentQueries(JdbcClient jdbc, AttachmentSignatureStore attachmentSignatures) {
        this.jdbc = jdbc;
        this.attachmentSignatures = attachmentSignatures;
    }

    /** The id of the connector that sent a message, to check a partner may see it. */
    public Optional<String> senderConnectorOf(String messageId) {
        return jdbc.sql("select sender_connector from messages where id = ?").param(messageId)
                .query(String.class).optional();
    }

    /** The package bytes exactly as stored, {@code RECEIVED} from the sender or {@code SENT} on to recipients. */
    public Optional<byte[]> packageOf(String messageId, String direction) {
        return jdbc.sql("select content from packages where message_id = ? and direction = ? order by stored_at desc")
                .params(messageId, direction)
                .query((rs, n) -> rs.getBytes(1))
                .list().stream().findFirst();
    }

    public Optional<DocumentView> find(String messageId) {
        Map<String, List<DocumentView.Attempt>> attempts = attemptsByDelivery(messageId);
        Map<String, List<DocumentView.Deadline>> deadlines = deadlinesByRecipient(messageId);
        List<DocumentView.Recipient> delivering = jdbc.sql("""
                        select r.agency_id, d.connector_id, d.id, d.state, d.attempts, d.due_at, d.last_error,
                            r.business_status, r.business_status_at,
                            (select max(dl.recipient_name) from deadlines dl
                             where dl.message_id = r.message_id and dl.recipient_agency = r.agency_id) as name
                        from recipients r join deliveries d on d.id = r.delivery_id
                        where r.message_id = ? order by r.position""")
                .param(messageId)
                .query((rs, n) -> {
                    String state = rs.getString("state");
                    boolean waiting = "RETRYING".equals(state) || "QUEUED".equals(state) || "HELD".equals(state);
                    String status = rs.getString("business_status");
                    return new DocumentView.Recipient(rs.getString("agency_id"), rs.getString("name"),
                            rs.getString("connector_id"), rs.getString("id"), state, rs.getInt("attempts"),
                            waiting ? instant(rs.getObject("due_at", OffsetDateTime.class)) : null,
                            rs.getString("last_error"), attempts.getOrDefault(rs.getString("id"), List.of()),
                            status, StatusCode.fromCode(status).map(StatusCode::description).orElse(null),
                            instant(rs.getObject("business_status_at", OffsetDateTime.class)),
                            deadlines.getOrDefault(rs.getString("agency_id"), List.of()));
                })
                .list();
        List<DocumentView.Recipient> recipients = delivering.isEmpty() ? pendingRecipients(messageId) : delivering;
        List<DocumentView.Event> history = jdbc.sql(
                        "select at, type, detail from message_events where message_id = ? order by id")
                .param(messageId)
                .query((rs, n) -> new DocumentView.Event(instant(rs.getObject("at", OffsetDateTime.class)),
                        rs.getString("type"), rs.getString("detail")))
                .list();
        return jdbc.sql("select * from messages where id = ?")
                .param(messageId)
                .query((rs, n) -> new DocumentView(rs.getString("id"), rs.getString("kind"), rs.getString("state"),
                        rs.getString("failure_reason"),
                        rs.getString("document_id"),
                        documentNumber(rs.getString("code_number"), rs.getString("code_notation")),
                        rs.getString("subject"), rs.getString("sender_agency"), rs.getString("sender_connector"),
                        rs.getString("channel"), instant(rs.getObject("received_at", OffsetDateTime.class)),
                        instant(rs.getObject("updated_at", OffsetDateTime.class)), rs.getString("package_sha256"),
                        rs.getLong("package_size"),
                        new DocumentView.Signature(rs.getString("signature_outcome"),
                                rs.getString("signature_reason"), rs.getString("signer_subject"),
                                rs.getBoolean("signed_by_gateway")),
                        rs.getString("pdf_signatures"), attachmentSignatures.forMessage(messageId),
                        recipients, statusHistory(messageId), history))
                .optional();
    }

    /** The recipients of a message the process stage has not made deliveries for yet (or gave up on). */
    private List<DocumentView.Recipient> pendingRecipients(String messageId) {
        return jdbc.sql("""
                        select r.agency_id, r.connector_id, w.failed_at from process_routes r
                        join process_work w on w.message_id = r.message_id
                        where r.message_id = ? order by r.position""")
                .param(messageId)
                .query((rs, n) -> new DocumentView.Recipient(rs.getString("agency_id"), null,
                        rs.getString("connector_id"), null, rs.getObject("failed_at") == null ? "PENDING" : "FAILED",
                        0, null, null, List.of(), null, null, null, List.of()))
                .list();
    }

    /** The status packages recipients sent about a document, oldest first, each code with its meaning. */
    private List<DocumentView.Status> statusHistory(String messageId) {
        return jdbc.sql("""
                        select id, status_code, recipient_agency, status_timestamp, received_at, description, staff
                        from statuses where message_id = ? order by received_at, id""")
                .param(messageId)
                .query((rs, n) -> new DocumentView.Status(rs.getString("id"), rs.getString("status_code"),
                        StatusCode.fromCode(rs.getString("status_code")).map(StatusCode::description).orElse(null),
                        rs.getString("recipient_agency"), rs.getString("status_timestamp"),
                        instant(rs.getObject("received_at", OffsetDateTime.class)), rs.getString("description"),
                        rs.getString("staff")))
                .list();
    }

    /** Each recipient's deadlines (V10__deadlines.sql): acknowledgement, registration, handling. */
    private Map<String, List<DocumentView.Deadline>> deadlinesByRecipient(String messageId) {
        record Row(String agency, DocumentView.Deadline deadline) {
        }
        return jdbc.sql("""
                        select recipient_agency, kind, due_at, state, answered_at, answer_code from deadlines
                        where message_id = ? order by recipient_agency,
                            case kind when 'ACKNOWLEDGEMENT' then 0 when 'REGISTRATION' then 1 else 2 end""")
                .param(messageId)
                .query((rs, n) -> new Row(rs.getString(1), new DocumentView.Deadline(rs.getString(2),
                        instant(rs.getObject(3, OffsetDateTime.class)), rs.getString(4),
                        instant(rs.getObject(5, OffsetDateTime.class)), rs.getString(6))))
                .list().stream()
                .collect(Collectors.groupingBy(Row::agency, Collectors.mapping(Row::deadline, Collectors.toList())));
    }

    private Map<String, List<DocumentView.Attempt>> attemptsByDelivery(String messageId) {
        record Row(String deliveryId, DocumentView.Attempt attempt) {
        }
        return jdbc.sql("""
                        select a.delivery_id, a.attempt_no, a.started_at, a.finished_at, a.outcome, a.http_status, a.detail
                        from attempts a join deliveries d on d.id = a.delivery_id
                        where d.message_id = ? order by a.id""")
                .param(messageId)
                .query((rs, n) -> new Row(rs.getString("delivery_id"), new DocumentView.Attempt(
                        rs.getInt("attempt_no"), instant(rs.getObject("started_at", OffsetDateTime.class)),
                        instant(rs.getObject("finished_at", OffsetDateTime.class)), rs.getString("outcome"),
                        (Integer) rs.getObject("http_status"), rs.getString("detail"))))
                .list().stream()
                .collect(Collectors.groupingBy(Row::deliveryId,
                        Collectors.mapping(Row::attempt, Collectors.toList())));
    }

    private static String documentNumber(String number, String notation) {
        return number == null ? null : notation == null ? number : number + "/" + notation;
    }

    private static java.time.Instant instant(OffsetDateTime value) {
        return Timestamps.instant(value);
    }
}
