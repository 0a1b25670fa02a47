package vn.lienthong.signatures.pdf;

import java.util.List;

/**
 * The verdict on one PDF: signed and intact, signed but not to be relied on (and why), or not signed; with one
 * report per signature.
 *
 * @param outcome    VALID, INVALID or UNSIGNED
 * @param reason     a sentence a clerk can act on, e.g. "changed after the last signature: …"
 * @param size       the PDF's length in bytes
 * @param signatures one report per signature dictionary, in file order
 */
public record PdfReport(Outcome outcome, String reason, long size, List<PdfSignatureReport> signatures) {

    /** The verdict on a PDF as a whole. */
    public enum Outcome {
        /** At least one signature; every one verifies, and the last covers the whole file. */
        VALID,
        /** A signature fails, the file was changed after the last one, or the file cannot be read as a PDF. */
        INVALID,
        /** A readable PDF with no signature. */
        UNSIGNED
    }

    public PdfReport {
        signatures = List.copyOf(signatures);
    }

    /** Whether the outcome is {@link Outcome#VALID}. */
    public boolean isValid() {
        return outcome == Outcome.VALID;
    }
}
