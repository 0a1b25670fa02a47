package vn.lienthong.gateway.store;

import static vn.lienthong.gateway.store.Timestamps.utc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

import vn.lienthong.gateway.signature.SignatureOutcome;

/**
 * The process stage's outbox (V13__process_stage.sql): a work row per accepted message not yet processed, with the
 * recipients it will deliver to, until the process route completes it or gives up on it (FAILED).
 */
@Repository
public class ProcessWorkStore {

    private static final int MAX_TEXT = 2000;

    private final JdbcClient jdbc;
    private final MessageEvents events;
    private final PackageSpool spool;

    public ProcessWorkStore(JdbcClient jdbc, MessageEvents events, PackageSpool spool) {
        this.jdbc = jdbc;
        this.events = events;
        this.spool = spool;
    }

    /** Called inside intake's transaction, so the work exists exactly when the message does. */
    void add(String messageId, NewMessage message) {
        NewMessage.Supersession change = message.supersession();
        jdbc.sql("""
                        insert into process_work (message_id, carries_signature, supersede_event, supersede_document_id,
                            supersede_description, attempts, created_at)
                        values (?, ?, ?, ?, ?, 0, ?)""")
                .params(messageId, message.carriesSignatureElement(), change == null ? null : change.eventType(),
                        change == null ? null : change.documentId(),
                        change == null ? null : truncate(change.description()), utc(message.receivedAt()))
                .update();
        int position = 0;
        for (NewMessage.Route route : message.routes()) {
            for (String agency : route.agencies()) {
                jdbc.sql("insert into process_routes (message_id, agency_id, connector_id, position) values (?, ?, ?, ?)")
                        .params(messageId, agency, route.connectorId(), position++)
                        .update();
            }
        }
    }

    /** The waiting work of a message, its received bytes read back; empty when done, failed or unknown. */
    public Optional<ProcessWork> find(String messageId) {
        Optional<ProcessWork> found = jdbc.sql("""
                        select m.kind, m.sender_agency, m.received_at, m.signature_outcome, m.signature_reason,
                            m.signer_subject, w.carries_signature, w.supersede_event, w.supersede_document_id,
                            w.supersede_description
                        from process_work w join messages m on m.id = w.message_id
                        where w.message_id = ? and w.failed_at is null""")
                .param(messageId)
                .query((rs, n) -> work(messageId, rs))
                .optional();
        return found.map(work -> new ProcessWork(messageId, work.kind(), work.senderAgency(), work.receivedAt(),
                work.signature(), work.carriesSignatureElement(), routes(messageId), work.supersession(),
                received(messageId)));
    }

    private static ProcessWork work(String messageId, ResultSet rs) throws SQLException {
        Instant receivedAt = Timestamps.instant(rs.getObject("received_at", OffsetDateTime.class));
        String event = rs.getString("supersede_event");
        return new ProcessWork(messageId, rs.getString("kind"), rs.getString("sender_agency"), receivedAt,
                new SignatureOutcome(rs.getString("signature_outcome"), rs.getString("signature_reason"),
                        rs.getString("signer_subject"), receivedAt),
                rs.getBoolean("carries_signature"), List.of(), event == null ? null
                        : new NewMessage.Supersession(event, rs.getString("supersede_document_id"),
                                rs.getString("supersede_description")), null);
    }

    /** The recipients grouped by connector, in the order intake resolved them. */
    private List<NewMessage.Route> routes(String messageId) {
        Map<String, List<String>> byConnector = new LinkedHashMap<>();
        jdbc.sql("select connector_id, agency_id from process_routes where message_id = ? order by position")
                .param(messageId)
                .query((rs, n) -> byConnector.computeIfAbsent(rs.getString(1), c -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        return byConnector.entrySet().stream().map(e -> new NewMessage.Route(e.getKey(), e.getValue())).toList();
    }

    /** Streamed out, into memory or a spool file by size, so a 50 MB package never sits in the heap whole. */
    private PackageContent received(String messageId) {
        return jdbc.sql("select content from packages where message_id = ? and direction = 'RECEIVED'")
                .param(messageId)
                .query((rs, n) -> {
                    try (InputStream in = rs.getBinaryStream(1)) {
                        return spool.spool(in, Long.MAX_VALUE);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the received package of " + messageId, e);
                    }
                })
                .single();
    }

    /**
     * Takes the work row in the caller's transaction: false when it is already gone (another consumer or an earlier
     * delivery of the same work message completed it), and the caller then does nothing.
     */
    boolean take(String messageId) {
        int taken = jdbc.sql("delete from process_work where message_id = ? and failed_at is null")
                .param(messageId).update();
        if (taken > 0) {
            jdbc.sql("delete from process_routes where message_id = ?").param(messageId).update();
        }
        return taken > 0;
    }

    /** Counts one failed processing attempt; returns the attempts so far, 0 when there is no waiting work. */
    public int recordFailure(String messageId, String error) {
        jdbc.sql("update process_work set attempts = attempts + 1, last_error = ? where message_id = ? and failed_at is null")
                .params(truncate(error), messageId)
                .update();
        return jdbc.sql("select attempts from process_work where message_id = ? and failed_at is null")
                .param(messageId).query(Integer.class).optional().orElse(0);
    }

    /** Gives up on a message: FAILED with the reason, in its history too; false when it was not waiting. */
    @Transactional
    public boolean fail(String messageId, String reason, Instant now) {
        int failed = jdbc.sql("update process_work set failed_at = ?, last_error = ? where message_id = ? and failed_at is null")
                .params(utc(now), truncate(reason), messageId)
                .update();
        if (failed == 0) {
            return false;
        }
        jdbc.sql("update messages set state = ?, failure_reason = ?, updated_at = ? where id = ?")
                .params(MessageState.FAILED.name(), truncate(reason), utc(now), messageId)
                .update();
        events.record(messageId, now, "PROCESS_FAILED", truncate(reason));
        return true;
    }

    /** An operator's replay of a FAILED message: its work waits again; false when it had not failed. */
    @Transactional
    public boolean reopen(String messageId, String detail, Instant now) {
        int reopened = jdbc.sql("update process_work set failed_at = null, attempts = 0 where message_id = ? "
                        + "and failed_at is not null")
                .param(messageId)
                .update();
        if (reopened == 0) {
            return false;
        }
        jdbc.sql("update messages set state = ?, failure_reason = null, updated_at = ? where id = ?")
                .params(MessageState.ACCEPTED.name(), utc(now), messageId)
                .update();
        events.record(messageId, now, "PROCESS_REPLAYED", truncate(detail));
        return true;
    }

    /** Messages whose work has waited since before {@code before}: their work message may have been lost. */
    public List<String> waitingSince(Instant before) {
        return jdbc.sql("select message_id from process_work where failed_at is null and created_at < ? order by created_at")
                .param(utc(before))
                .query(String.class)
                .list();
    }

    private static String truncate(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
