package vn.lienthong.gateway.alerts;

import java.time.Instant;

/**
 * A delivery not finished yet, as the stuck-message rule sees it.
 *
 * @param documentNumber {@code 123/QĐ-SGDĐT}, or null for a package without one
 * @param lastProgressAt its last attempt or change of state, whichever came later
 */
public record PendingDelivery(String deliveryId, String messageId, String connectorId, String documentNumber,
                              String state, Instant lastProgressAt) {
}
