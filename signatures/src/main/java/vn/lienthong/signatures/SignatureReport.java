package vn.lienthong.signatures;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * What a signature check found: the outcome, a reason a person can act on, who signed, with which algorithm, and
 * the instant certificate validity was judged at.
 *
 * @param outcome           VALID, INVALID, UNSIGNED or UNVERIFIABLE
 * @param reason            which check decided the outcome, e.g. "reference digest mismatch for URI ''"
 * @param signerSubject     subject DN of the KeyInfo signer certificate, or null when none was reached
 * @param signerCertificate the KeyInfo signer certificate, or null when none was reached
 * @param signingTime       the instant validity and revocation were judged at (the verification time by default)
 * @param algorithm         short name of the SignatureMethod (e.g. {@code rsa-sha256}), or null when none was read
 * @param warnings          things that did not invalidate the signature, e.g. revocation not checkable (soft-fail)
 */
public record SignatureReport(Outcome outcome, String reason, String signerSubject,
        X509Certificate signerCertificate, Instant signingTime, String algorithm, List<String> warnings) {

    /** The verdict on a package's signature. */
    public enum Outcome {
        /** One XML-DSig signature over the whole package, intact, by a trusted, valid, unrevoked certificate. */
        VALID,
        /** A signature is present but one of the checks failed: the reason names which. */
        INVALID,
        /** The package carries no signature at all. */
        UNSIGNED,
        /**
         * A signature is present but not checked: a legacy Signature that is not XML-DSig (in the edXML namespace, or
         * in no namespace as Bkav writes it), or an rsa-sha1 one where the connector does not allow legacy SHA-1.
         */
        UNVERIFIABLE
    }

    public SignatureReport {
        warnings = List.copyOf(warnings);
    }

    /** Whether the outcome is {@link Outcome#VALID}. */
    public boolean isValid() {
        return outcome == Outcome.VALID;
    }
}
