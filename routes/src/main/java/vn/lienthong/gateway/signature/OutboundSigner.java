package vn.lienthong.gateway.signature;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.lienthong.gateway.store.PackageContent;
import vn.lienthong.gateway.store.PackageSpool;
import vn.lienthong.schemas.trace.TraceHeaderAppender;
import vn.lienthong.signatures.HeaderSplice;
import vn.lienthong.signatures.MessageSigner;
import vn.lienthong.signatures.SignatureReport;
import vn.lienthong.signatures.SigningException;

/**
 * Decides what the gateway sends: a package its sender already signed goes out byte for byte; an unsigned one gets
 * this hop's TraceHeader and, when the gateway holds the sending agency's key, that organisation's signature. A
 * spooled package is edited in its header only and copied file to file around it; signing streams it (see
 * {@code DocumentSigner}), so large packages are signed side by side without a permit.
 */
@Component
public class OutboundSigner {

    private static final DateTimeFormatter TRACE_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final OrganisationSigners signers;
    private final TraceProperties trace;
    private final PackageSpool spool;

    public OutboundSigner(OrganisationSigners signers, TraceProperties trace, PackageSpool spool) {
        this.signers = signers;
        this.trace = trace;
        this.spool = spool;
    }

    /**
     * The package to send, or null when it is the received package itself; the caller closes it. Status packages
     * get no hop record: they answer a document and travel straight back to its sender.
     *
     * @param carriesSignatureElement whether the reader saw a Signature element anywhere in the package
     */
    public PackageContent outbound(PackageContent received, boolean carriesSignatureElement, String senderAgency,
                                   SignatureOutcome incoming, Instant receivedAt, boolean traceHop) {
        if (!unsigned(carriesSignatureElement, incoming)) {
            return null;
        }
        String hop = trace.organId() == null || trace.organId().isBlank() ? senderAgency : trace.organId();
        String timestamp = TRACE_TIME.format(receivedAt);
        Optional<MessageSigner> signer = signers.forAgency(senderAgency);
        if (received.inMemory()) {
            byte[] bytes = received.bytes();
            byte[] traced = traceHop ? TraceHeaderAppender.append(bytes, hop, timestamp) : bytes;
            byte[] signed = signer.map(s -> s.sign(traced)).orElse(traced);
            return signed == bytes ? null : PackageContent.of(signed);
        }
        try {
            return spliced(received, signer, traceHop ? hop : null, timestamp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the outbound copy of a spooled package", e);
        }
    }

    /**
     * Whether {@link #outbound} will sign this package as its sending organisation: it came unsigned and the gateway
     * holds the sender's key. Intake asks it to refuse early what could not be signed later.
     */
    public boolean signsFor(String senderAgency, boolean carriesSignatureElement, SignatureOutcome incoming) {
        return unsigned(carriesSignatureElement, incoming) && signers.forAgency(senderAgency).isPresent();
    }

    private static boolean unsigned(boolean carriesSignatureElement, SignatureOutcome incoming) {
        return SignatureReport.Outcome.UNSIGNED.name().equals(incoming.outcome())
                || ("NOT_CHECKED".equals(incoming.outcome()) && !carriesSignatureElement);
    }

    /** The header, read alone, gets the TraceHeader; the signature is computed over a stream of the result. */
    private PackageContent spliced(PackageContent received, Optional<MessageSigner> signer, String hop,
                                   String timestamp) throws IOException {
        long headerEnd;
        try {
            List<String> headerPath = HeaderSplice.headerPath(received::open);
            headerEnd = HeaderSplice.endTagOffset(received::open, headerPath);
        } catch (IllegalArgumentException e) {
            if (signer.isPresent()) {
                throw new SigningException("cannot place the signature: " + e.getMessage(), e);
            }
            return null;
        }
        byte[] head;
        try (InputStream in = received.open()) {
            head = in.readNBytes((int) headerEnd);
        }
        byte[] tracedHead = hop == null ? head : TraceHeaderAppender.append(head, hop, timestamp);
        if (signer.isEmpty() && tracedHead == head) {
            return null;
        }
        String signature = signer.isEmpty() ? null : signatureOver(signer.get(), tracedHead, received, headerEnd);
        Path file = spool.newFile();
        try (OutputStream out = Files.newOutputStream(file); InputStream rest = restOf(received, headerEnd)) {
            if (signature == null) {
                out.write(tracedHead);
                rest.transferTo(out);
            } else {
                HeaderSplice.write(tracedHead, signature, rest, out);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return spool.adopt(file);
    }

    private static String signatureOver(MessageSigner signer, byte[] tracedHead, PackageContent received,
                                        long headerEnd) {
        try (InputStream traced = new SequenceInputStream(new ByteArrayInputStream(tracedHead),
                restOf(received, headerEnd))) {
            return signer.signatureFor(traced).signature();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the spooled package", e);
        }
    }

    private static InputStream restOf(PackageContent content, long offset) throws IOException {
        InputStream in = content.open();
        in.skipNBytes(offset);
        return in;
    }
}
