package vn.lienthong.gateway.operations;

import java.time.Instant;

/** A delivery that ran out of attempts, with what an operator needs to decide between replay and abandon. */
public record DeadLetter(String deliveryId, String messageId, String documentNumber, String subject,
                         String connectorId, int attempts, String lastError, Instant failedAt) {
}
