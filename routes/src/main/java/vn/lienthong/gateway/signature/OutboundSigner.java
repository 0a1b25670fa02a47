package vn.lienthong.gateway.signature;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import vn.lienthong.schemas.trace.TraceHeaderAppender;
import vn.lienthong.signatures.SignatureReport;

/**
 * Decides what the gateway sends: a package its sender already signed goes out byte for byte; an unsigned one gets
 * this hop's TraceHeader and, when the gateway holds the sending agency's key, that organisation's signature.
 */
@Component
public class OutboundSigner {

    private static final DateTimeFormatter TRACE_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final OrganisationSigners signers;
    private final TraceProperties trace;

    public OutboundSigner(OrganisationSigners signers, TraceProperties trace) {
        this.signers = signers;
        this.trace = trace;
    }

    /**
     * The bytes to send, or null when they are the received bytes themselves. Status packages get no hop record:
     * they answer a document and travel straight back to its sender.
     */
    public byte[] outboundBytes(byte[] received, String senderAgency, SignatureOutcome incoming, Instant receivedAt,
                                boolean traceHop) {
        boolean unsigned = SignatureReport.Outcome.UNSIGNED.name().equals(incoming.outcome())
                || ("NOT_CHECKED".equals(incoming.outcome()) && !SignaturePresence.hasSignature(received));
        if (!unsigned) {
            return null;
        }
        String hop = trace.organId() == null || trace.organId().isBlank() ? senderAgency : trace.organId();
        byte[] traced = traceHop ? TraceHeaderAppender.append(received, hop, TRACE_TIME.format(receivedAt)) : received;
        byte[] signed = signers.forAgency(senderAgency).map(signer -> signer.sign(traced)).orElse(traced);
        return signed == received ? null : signed;
    }
}
