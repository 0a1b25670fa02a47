package vn.lienthong.gateway.deadlines;

import java.time.Instant;

/**
 * A deadline past due and still unanswered, as the alert rule sees it.
 *
 * @param documentNumber {@code 123/QĐ-SGDĐT}, or null for a document without one
 */
public record OverdueDeadline(String id, String messageId, String recipientAgency, String recipientName,
                              String connectorId, DeadlineKind kind, Instant dueAt, String documentNumber) {
}
