package vn.lienthong.gateway.deadlines;

import java.time.Instant;

/**
 * One recipient's deadline for one document, as stored.
 *
 * @param recipientName the recipient's {@code To/OrganName} in the package, or null
 * @param answeredAt when the status that answered it reached the gateway, or null while it is open
 * @param answerCode that status's code, e.g. {@code 03}, or null
 */
public record Deadline(String id, String messageId, String deliveryId, String recipientAgency, String recipientName,
                       String connectorId, DeadlineKind kind, int priority, Instant deliveredAt, Instant dueAt,
                       DeadlineState state, Instant answeredAt, String answerCode) {
}
