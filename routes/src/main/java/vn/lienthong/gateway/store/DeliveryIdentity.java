package vn.lienthong.gateway.store;

/**
 * What a log line needs to name one delivery: its message, the connector it goes through and the document's number.
 *
 * @param documentNumber {@code 123/QĐ-SGDĐT}, or null for a package without one (a status package)
 */
public record DeliveryIdentity(String deliveryId, String messageId, String connectorId, String documentNumber) {
}
