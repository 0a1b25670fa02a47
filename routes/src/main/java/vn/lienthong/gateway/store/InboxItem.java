package vn.lienthong.gateway.store;

import java.time.Instant;

/**
 * One package waiting in a pulling partner's inbox.
 *
 * @param id the delivery id: the same stable id a pushed delivery carries as {@code X-Lienthong-Message-Id}
 */
public record InboxItem(String id, String documentId, String senderAgency, String kind, String subject,
                        Instant availableAt, Instant acknowledgedAt) {
}
