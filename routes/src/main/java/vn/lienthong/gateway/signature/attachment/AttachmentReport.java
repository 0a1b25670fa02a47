package vn.lienthong.gateway.signature.attachment;

import vn.lienthong.signatures.pdf.PdfReport;

/**
 * The signature report on one PDF attachment of a package.
 *
 * @param position    1 for the package's first Attachment element, as in {@code AttachmentEncoded/Attachment[1]}
 * @param name        its AttachmentName
 * @param contentId   its bare ContentId
 * @param report      what the PDF's signatures say
 */
public record AttachmentReport(int position, String name, String contentId, PdfReport report) {

    /** The element a refusal names, as the business rules name attachments. */
    public String element() {
        return "AttachmentEncoded/Attachment[" + position + "]";
    }
}
