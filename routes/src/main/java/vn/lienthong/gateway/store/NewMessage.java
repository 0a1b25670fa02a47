package vn.lienthong.gateway.store;

import java.time.Instant;
import java.util.List;

import vn.lienthong.gateway.signature.SignatureOutcome;
import vn.lienthong.gateway.signature.attachment.AttachmentSignatures;

/**
 * Everything intake commits for one accepted package in its single transaction, and what the process stage needs later.
 *
 * @param routes one entry per connector that will carry the package, with the recipient agencies it reaches
 * @param signature what the intake check found about the package's signature
 * @param received the package exactly as received, in memory or spooled; streamed into the store
 * @param carriesSignatureElement whether the reader saw a Signature element: the process stage signs by it
 * @param attachmentSignatures what the intake check found in the PDF attachments, or null when nothing was checked
 * @param supersession what the package does to earlier versions of its document, or null for a new document
 */
public record NewMessage(
        String kind,
        String channel,
        String senderConnector,
        String senderAgency,
        String documentId,
        String codeNumber,
        String codeNotation,
        String subject,
        PackageContent received,
        String packageSha256,
        Instant receivedAt,
        List<Route> routes,
        SignatureOutcome signature,
        boolean carriesSignatureElement,
        AttachmentSignatures attachmentSignatures,
        Supersession supersession) {

    /** The recipients of the package that one connector reaches. */
    public record Route(String connectorId, List<String> agencies) {
    }

    /**
     * What a revocation, update or replacement does to the earlier versions of its document, applied when the process
     * stage creates its deliveries.
     */
    public record Supersession(String eventType, String documentId, String description) {

        /** Stands in the description for the new message's id, which only exists once intake has stored it. */
        public static final String THIS_MESSAGE = "{message}";

        /** The description with the superseding message's id in place. */
        public String describedFor(String messageId) {
            return description.replace(THIS_MESSAGE, messageId);
        }
    }
}
