package vn.lienthong.gateway.store;

import java.time.Instant;
import java.util.List;

/**
 * A message as its sender and operators see it: state, signature checks (of the package and of its PDF attachments),
 * each recipient's delivery, attempts, statuses, history.
 *
 * @param failureReason why the process stage gave up on the message (state FAILED), or null
 * @param recipients each recipient's delivery; before the process stage made them, the recipients with delivery
 *     state PENDING (FAILED when it gave up) and no delivery id
 * @param pdfSignatures summary of the PDF attachments' signatures: NONE, SIGNED_VALID, SIGNED_INVALID, UNSIGNED,
 *     NOT_CHECKED, or null for a message stored before they were checked
 * @param attachments one entry per PDF attachment, with its signatures
 */
public record DocumentView(
        String id,
        String kind,
        String state,
        String failureReason,
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
        String pdfSignatures,
        List<PdfAttachment> attachments,
        List<Recipient> recipients,
        List<Status> statusHistory,
        List<Event> history) {

    /** The signature check made at intake, and whether the gateway signed the package it sends. */
    public record Signature(String outcome, String reason, String signerSubject, boolean signedByGateway) {
    }

    /**
     * The signature report of one PDF attachment.
     *
     * @param outcome VALID, INVALID or UNSIGNED
     * @param reason  e.g. "2 signatures valid: …", "signature 1 (…): message digest mismatch: …"
     */
    public record PdfAttachment(int position, String name, String contentId, long size, String outcome,
                                String reason, List<PdfSignature> signatures) {
    }

    /**
     * One signature inside a PDF attachment: who, when, whether it holds.
     *
     * @param claimedSigningTime the time the signer wrote (not a proof)
     * @param timestampTime the time of a verified RFC 3161 time-stamp on the signature, or null
     * @param coverage WHOLE_DOCUMENT, EARLIER_REVISION (later revisions were appended after it) or UNKNOWN
     * @param warnings what did not invalidate it, joined with "; ", or null
     */
    public record PdfSignature(int position, String signerName, String signerSubject, String signerIssuer,
                               String signerSerial, Instant claimedSigningTime, Instant timestampTime,
                               String timestampAuthority, String coverage, boolean valid, String reason,
                               String warnings, String subFilter) {
    }

    /**
     * One recipient agency, the delivery that carries the package to it, the last status it reported and its
     * deadlines.
     *
     * @param name the recipient's {@code To/OrganName} in the package as delivered, or null before delivery
     * @param businessStatus the StatusCode of the recipient's latest status package (e.g. {@code 03}), or null
     * @param businessStatusMeaning what that code means, in Vietnamese (EDXML.md §4), or null
     * @param deadlines acknowledgement, registration and (with a DueDate) handling, once the delivery is made
     */
    public record Recipient(String agency, String name, String connector, String deliveryId, String deliveryState,
                            int attemptCount, Instant nextAttemptAt, String lastError, List<Attempt> attempts,
                            String businessStatus, String businessStatusMeaning, Instant businessStatusAt,
                            List<Deadline> deadlines) {
    }

    /**
     * One deadline of one recipient.
     *
     * @param kind {@code ACKNOWLEDGEMENT} (status 01), {@code REGISTRATION} (03) or {@code HANDLING} (06, by DueDate)
     * @param state {@code OPEN}, {@code OVERDUE}, {@code ON_TIME}, {@code LATE} or {@code CANCELLED}
     * @param answeredAt when the status that closed it reached the gateway, or null while open
     * @param answerCode that status's code, or null
     */
    public record Deadline(String kind, Instant dueAt, String state, Instant answeredAt, String answerCode) {
    }

    /**
     * One status package a recipient sent about the document.
     *
     * @param meaning what the code means, in Vietnamese (EDXML.md §4); null for a code outside the table
     * @param timestamp the recipient's own Timestamp, as written
     */
    public record Status(String id, String code, String meaning, String fromAgency, String timestamp,
                         Instant receivedAt, String description, String staff) {
    }

    /** One delivery attempt, as recorded when it finished. */
    public record Attempt(int number, Instant startedAt, Instant finishedAt, String outcome, Integer httpStatus,
                          String detail) {
    }

    /** One entry of the message's history. */
    public record Event(Instant at, String type, String detail) {
    }
}
