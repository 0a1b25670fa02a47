package vn.lienthong.gateway.store;

/**
 * What a recipient's status package says about a document, kept beside the package itself.
 *
 * @param documentMessageId the gateway's id of the document the status answers
 * @param recipientAgency the recipient that reports the status (From/OrganId)
 * @param statusCode the two-digit StatusCode, e.g. {@code 03}
 * @param description the Description as written, or null
 * @param staff the StaffInfo/Staff who handled it, or null
 * @param statusTimestamp the Timestamp as written by the recipient ({@code yyyy/MM/dd HH:mm:ss}), or null
 */
public record NewStatus(String documentMessageId, String recipientAgency, String statusCode, String description,
                        String staff, String statusTimestamp) {
}
