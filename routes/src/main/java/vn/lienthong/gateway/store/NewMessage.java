package vn.lienthong.gateway.store;

import java.time.Instant;
import java.util.List;

import vn.lienthong.gateway.signature.SignatureOutcome;
import vn.lienthong.gateway.signature.attachment.AttachmentSignatures;

/**
 * Everything intake commits for one accepted package in its single transaction.
 *
 * @param routes one entry per connector that will carry the package, with the recipient agencies it reaches
 * @param signature what the intake check found about the package's signature
 * @param received the package exactly as received, in memory or spooled; streamed into the store
 * @param sent the package as the gateway signed it, or null when the received bytes are sent unchanged
 * @param attachmentSignatures what the intake check found in the PDF attachments, or null when nothing was checked
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
        PackageContent sent,
        AttachmentSignatures attachmentSignatures) {

    /** The recipients of the package that one connector reaches. */
    public record Route(String connectorId, List<String> agencies) {
    }
}
