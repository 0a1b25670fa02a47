package vn.lienthong.gateway.signature.attachment;

import java.util.List;

import vn.lienthong.signatures.pdf.PdfReport;

/**
 * What intake found in a package's PDF attachments: one report per PDF and a summary that statistics count.
 *
 * @param summary NONE (no PDF attachment), SIGNED_VALID (every PDF signed and intact), SIGNED_INVALID (a PDF's
 *     signature fails or the PDF was changed after it), UNSIGNED (a PDF without signature, none invalid), or
 *     NOT_CHECKED (the connector's {@code attachments.pdf-signatures} is off)
 */
public record AttachmentSignatures(Summary summary, List<AttachmentReport> attachments) {

    /** The per-message verdict kept in {@code messages.pdf_signatures}. */
    public enum Summary { NONE, SIGNED_VALID, SIGNED_INVALID, UNSIGNED, NOT_CHECKED }

    public AttachmentSignatures {
        attachments = List.copyOf(attachments);
    }

    public static AttachmentSignatures notChecked() {
        return new AttachmentSignatures(Summary.NOT_CHECKED, List.of());
    }

    /** The reports with the summary they add up to. */
    public static AttachmentSignatures of(List<AttachmentReport> reports) {
        List<PdfReport.Outcome> outcomes = reports.stream().map(r -> r.report().outcome()).toList();
        Summary summary = outcomes.isEmpty() ? Summary.NONE
                : outcomes.contains(PdfReport.Outcome.INVALID) ? Summary.SIGNED_INVALID
                : outcomes.contains(PdfReport.Outcome.UNSIGNED) ? Summary.UNSIGNED
                : Summary.SIGNED_VALID;
        return new AttachmentSignatures(summary, reports);
    }
}
