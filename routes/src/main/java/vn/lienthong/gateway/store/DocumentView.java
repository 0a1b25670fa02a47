package vn.lienthong.gateway.store;

import java.time.Instant;
import java.util.List;

/** A message as its sender and operators see it: state, each recipient's delivery, attempts, history. */
public record DocumentView(
        String id,
        String kind,
        String state,
        String documentId,
        String documentNumber,
        String subject,
        String senderAgency,
        String senderConnector,
        String channel,
        Instant receivedAt,
        Instant updatedAt,
        String packageSha256,
        long packageSize,
        Signature signature,
        List<Recipient> recipients,
        List<Event> history) {

    /** The signature check made at intake, and whether the gateway signed the package it sends. */
    public record Signature(String outcome, String reason, String signerSubject, boolean signedByGateway) {
    }

    /** One recipient agency and the delivery that carries the package to it. */
    public record Recipient(String agency, String connector, String deliveryId, String deliveryState,
                            int attemptCount, Instant nextAttemptAt, String lastError, List<Attempt> attempts) {
    }

    /** One delivery attempt, as recorded when it finished. */
    public record Attempt(int number, Instant startedAt, Instant finishedAt, String outcome, Integer httpStatus,
                          String detail) {
    }

    /** One entry of the message's history. */
    public record Event(Instant at, String type, String detail) {
    }
}
