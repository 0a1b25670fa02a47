package vn.lienthong.signatures;

/** Ends a verification early with an outcome and a reason; caught by the verifier and turned into its report. */
final class SignatureRejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final SignatureReport.Outcome outcome;

    SignatureRejection(SignatureReport.Outcome outcome, String reason) {
        super(reason, null, false, false);
        this.outcome = outcome;
    }

    static SignatureRejection invalid(String reason) {
        return new SignatureRejection(SignatureReport.Outcome.INVALID, reason);
    }

    SignatureReport.Outcome outcome() {
        return outcome;
    }
}
