package vn.lienthong.connectors.spi;

import java.util.List;

/**
 * One attempt's worth of work for a transport: the package bytes exactly as they are to be sent, and the
 * stable id that the receiver uses to drop duplicates of an at-least-once delivery.
 */
public record OutboundDelivery(
        String deliveryId,
        String messageId,
        String documentId,
        String connectorId,
        List<String> recipientAgencies,
        byte[] packageBytes,
        int attemptNumber) {
}
