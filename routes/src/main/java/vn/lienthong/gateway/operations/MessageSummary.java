package vn.lienthong.gateway.operations;

import java.time.Instant;

/** One line of a message search: enough to recognise a document and see where it stands. */
public record MessageSummary(String id, String state, String documentNumber, String subject, String senderAgency,
                             String senderConnector, Instant receivedAt, Instant updatedAt) {
}
