package vn.lienthong.gateway.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.SignatureVerifyMode;
import vn.lienthong.gateway.store.LargePackagePermits;
import vn.lienthong.gateway.store.PackageContent;
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

    /** What the verifier itself says of a package without a Signature element. */
    static final String UNSIGNED_REASON = "package carries no Signature";

    private final SignatureVerifier verifier;
    private final VerificationPolicy basePolicy;
    private final LargePackagePermits permits;

    public IncomingSignatureCheck(SignatureVerifier verifier, VerificationPolicy baseVerificationPolicy,
                                  LargePackagePermits permits) {
        this.verifier = verifier;
        this.basePolicy = baseVerificationPolicy;
        this.permits = permits;
    }


    /**
     * Returns the report to keep with the message, or throws the refusal; certificates are judged at the time the
     * package was received, a time the gateway itself vouches for.
     */
    public SignatureOutcome check(PackageContent content, boolean carriesSignatureElement, ConnectorDefinition partner,
                                  Instant receivedAt) {
        if (partner.signatureVerify() == SignatureVerifyMode.OFF) {
            return SignatureOutcome.notChecked(receivedAt);
        }
        VerificationPolicy policy = basePolicy.withLegacySha1(partner.allowLegacySha1()).at(receivedAt);
        // The reader saw no Signature element anywhere: building a DOM of a 50 MB package to learn that is waste.
        SignatureReport report = carriesSignatureElement ? verify(content, policy)
                : new SignatureReport(SignatureReport.Outcome.UNSIGNED, UNSIGNED_REASON, null, null, receivedAt,
                        null, List.of());
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

    private SignatureReport verify(PackageContent content, VerificationPolicy policy) {
        return permits.whole(content, () -> {
            try (InputStream in = content.open()) {
                return verifier.verify(in, policy);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the spooled package", e);
            }
        });
    }

    private static void refuse(String rule, String reason) {
        throw new PackageRejectedException(List.of(new Violation(ELEMENT, rule, reason)));
    }
}
