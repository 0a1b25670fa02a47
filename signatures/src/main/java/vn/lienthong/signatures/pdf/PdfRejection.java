package vn.lienthong.signatures.pdf;

/** Ends the check of one signature early with the reason; caught by the verifier and turned into its report. */
final class PdfRejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private PdfRejection(String reason) {
        super(reason, null, false, false);
    }

    static PdfRejection of(String reason) {
        return new PdfRejection(reason);
    }
}
