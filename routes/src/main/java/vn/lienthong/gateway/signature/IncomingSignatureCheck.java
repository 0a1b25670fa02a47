package vn.lienthong.gateway.signature;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.SignatureVerifyMode;
import vn.lienthong.schemas.model.PackageRejectedException;
import vn.lienthong.schemas.model.Violation;
import vn.lienthong.signatures.SignatureReport;
import vn.lienthong.signatures.SignatureVerifier;
import vn.lienthong.signatures.VerificationPolicy;

/**
 * Applies the sending connector's {@code signature.verify} policy to an incoming package: a signature that is
 * present must be valid; {@code required} also refuses unsigned packages; {@code off} checks nothing.
 */
@Component
public class IncomingSignatureCheck {

    static final String ELEMENT = "edXMLHeader/Signature";
    /** The verifier's own words for a package without a signature, so both paths report the same. */
    static final String UNSIGNED_REASON = "package carries no Signature";

    private final SignatureVerifier verifier;
    private final VerificationPolicy basePolicy;

    public IncomingSignatureCheck(SignatureVerifier verifier, VerificationPolicy baseVerificationPolicy) {
        this.verifier = verifier;
        this.basePolicy = baseVerificationPolicy;
    }

    /**
     * Returns the report to keep with the message, or throws the refusal; certificates are judged at the time the
     * package was received, a time the gateway itself vouches for.
     */
    public SignatureOutcome check(byte[] packageBytes, ConnectorDefinition partner, Instant receivedAt) {
        if (partner.signatureVerify() == SignatureVerifyMode.OFF) {
            return SignatureOutcome.notChecked(receivedAt);
        }
        // Most packages arrive unsigned: when the bytes cannot hold a Signature element, the verifier's full parse
        // would only find that out again (for a 1 MiB attachment, the largest single cost of intake after validation).
        SignatureReport report = SignaturePresence.certainlyUnsigned(packageBytes)
                ? new SignatureReport(SignatureReport.Outcome.UNSIGNED, UNSIGNED_REASON, null, null, receivedAt, null,
                        List.of())
                : verifier.verify(packageBytes, basePolicy.withLegacySha1(partner.allowLegacySha1()).at(receivedAt));
        switch (report.outcome()) {
            case INVALID -> refuse("signature-valid", report.reason());
            case UNSIGNED -> {
                if (partner.signatureVerify() == SignatureVerifyMode.REQUIRED) {
                    refuse("signature-required: connector " + partner.id() + " requires signed packages",
                            report.reason());
                }
            }
            case UNVERIFIABLE -> {
                if (partner.signatureVerify() == SignatureVerifyMode.REQUIRED) {
                    refuse("signature-verifiable", report.reason());
                }
            }
            case VALID -> { }
        }
        return SignatureOutcome.of(report, receivedAt);
    }

    private static void refuse(String rule, String reason) {
        throw new PackageRejectedException(List.of(new Violation(ELEMENT, rule, reason)));
    }
}
