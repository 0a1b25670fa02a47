package vn.lienthong.gateway.signature;

import org.springframework.stereotype.Component;

import vn.lienthong.signatures.SignatureReport;

/**
 * Decides what the gateway sends: a package its sender already signed goes out byte for byte; an unsigned one
 * from an agency the gateway holds a key for is signed as that organisation.
 */
@Component
public class OutboundSigner {

    private final OrganisationSigners signers;

    public OutboundSigner(OrganisationSigners signers) {
        this.signers = signers;
    }

    /** The bytes to send, or null when they are the received bytes themselves. */
    public byte[] signIfNeeded(byte[] received, String senderAgency, SignatureOutcome incoming) {
        boolean unsigned = SignatureReport.Outcome.UNSIGNED.name().equals(incoming.outcome())
                || ("NOT_CHECKED".equals(incoming.outcome()) && !SignaturePresence.hasSignature(received));
        if (!unsigned) {
            return null;
        }
        return signers.forAgency(senderAgency).map(signer -> signer.sign(received)).orElse(null);
    }
}
