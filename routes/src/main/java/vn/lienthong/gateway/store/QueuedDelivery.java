package vn.lienthong.gateway.store;

import java.time.Instant;

/** A delivery as the work queue needs it: which connector, which attempt is next, and when it is due. */
public record QueuedDelivery(String deliveryId, String connectorId, int attemptsBefore, Instant dueAt) {
}
