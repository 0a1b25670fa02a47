package vn.lienthong.gateway.store;

import static vn.lienthong.gateway.store.Timestamps.utc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.SqlBinaryValue;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;


/** Commits accepted packages (bytes, message, work row, in one transaction or nothing) and later their deliveries. */
@Repository
public class MessageStore {

    private final JdbcClient jdbc;
    private final MessageEvents events;
    private final AttachmentSignatureStore attachmentSignatures;
    private final ProcessWorkStore processWork;

    public MessageStore(JdbcClient jdbc, MessageEvents events, AttachmentSignatureStore attachmentSignatures,
                        ProcessWorkStore processWork) {
        this.jdbc = jdbc;
        this.events = events;
        this.attachmentSignatures = attachmentSignatures;
        this.processWork = processWork;
    }

    /** The id of a package already held with the same sender, DocumentId and bytes, if any. */
    public Optional<AcceptedMessage> findDuplicate(String senderAgency, String documentId, String sha256) {
        return jdbc.sql("""
                        select id, state from messages
                        where sender_agency = ? and document_id = ? and package_sha256 = ?""")
                .params(senderAgency, documentId, sha256)
                .query((rs, n) -> new AcceptedMessage(rs.getString("id"),
                        MessageState.valueOf(rs.getString("state")), true, List.of()))
                .optional();
    }

    /**
     * Stores a new message as intake commits it: the received bytes, the message, its event and the process stage's
     * work row with the recipients it will deliver to. A concurrent re-post of the same package loses on the unique
     * key and the caller answers with the first id instead.
     */
    @Transactional
    public AcceptedMessage accept(NewMessage message) {
        String id = StoreIds.next();
        var received = utc(message.receivedAt());
        jdbc.sql("""
                        insert into messages (id, kind, channel, sender_connector, sender_agency, document_id,
                            code_number, code_notation, subject, package_sha256, package_size, state,
                            received_at, updated_at, signature_outcome, signature_reason, signer_subject,
                            signed_by_gateway)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)""")
                .params(id, message.kind(), message.channel(), message.senderConnector(), message.senderAgency(),
                        message.documentId(), message.codeNumber(), message.codeNotation(), message.subject(),
                        message.packageSha256(), message.received().size(), MessageState.ACCEPTED.name(),
                        received, received, message.signature().outcome(), truncate(message.signature().reason()),
                        message.signature().signerSubject())
                .update();
        storePackage(id, "RECEIVED", message.received(), message.packageSha256(), received);
        attachmentSignatures.record(id, message.attachmentSignatures());
        processWork.add(id, message);
        events.record(id, message.receivedAt(), "RECEIVED",
                "via " + message.channel() + " from " + message.senderConnector() + ", "
                        + message.received().size() + " bytes, sha256 " + message.packageSha256());
        return new AcceptedMessage(id, MessageState.ACCEPTED, false, List.of());
    }

    /**
     * The process stage's part, inside its transaction: the bytes the gateway sends (when they differ from the
     * received ones), then one delivery per connector with its recipients, due at {@code at}.
     */
    @Transactional
    public List<QueuedDelivery> deliver(String messageId, PackageContent sent, List<NewMessage.Route> routes,
                                        Instant at) {
        var now = utc(at);
        if (sent != null) {
            storePackage(messageId, "SENT", sent, sent.sha256(), now);
            // Stamped, so the statistics rollups see the day's signed share change even when no delivery follows.
            jdbc.sql("update messages set signed_by_gateway = true, updated_at = ? where id = ?")
                    .params(now, messageId).update();
        }
        List<QueuedDelivery> deliveries = new ArrayList<>();
        int position = 0;
        for (NewMessage.Route route : routes) {
            String deliveryId = StoreIds.next();
            jdbc.sql("""
                            insert into deliveries (id, message_id, connector_id, state, attempts, due_at,
                                created_at, updated_at)
                            values (?, ?, ?, 'QUEUED', 0, ?, ?, ?)""")
                    .params(deliveryId, messageId, route.connectorId(), now, now, now)
                    .update();
            for (String agency : route.agencies()) {
                jdbc.sql("insert into recipients (message_id, agency_id, delivery_id, position) values (?, ?, ?, ?)")
                        .params(messageId, agency, deliveryId, position++)
                        .update();
            }
            deliveries.add(new QueuedDelivery(deliveryId, route.connectorId(), 0, at));
        }
        return deliveries;
    }

    /** Streams the bytes in (setBinaryStream), so a spooled 50 MB package never passes through the heap whole. */
    private void storePackage(String messageId, String direction, PackageContent content, String sha256,
                              Object storedAt) {
        try (InputStream in = content.open()) {
            jdbc.sql("""
                            insert into packages (id, message_id, direction, sha256, size_bytes, content, stored_at)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(StoreIds.next(), messageId, direction, sha256, content.size(),
                            new SqlBinaryValue(in, content.size()), storedAt)
                    .update();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + direction + " package to store it", e);
        }
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
    }
}
