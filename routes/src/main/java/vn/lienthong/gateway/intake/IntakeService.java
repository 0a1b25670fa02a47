package vn.lienthong.gateway.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jms.JmsException;
import org.springframework.stereotype.Service;

import vn.lienthong.gateway.logging.MessageLogContext;
import vn.lienthong.gateway.metrics.GatewayMetrics;
import vn.lienthong.gateway.process.ProcessQueue;
import vn.lienthong.gateway.store.AcceptedMessage;
import vn.lienthong.gateway.signature.IncomingSignatureCheck;
import vn.lienthong.gateway.signature.SignatureOutcome;
import vn.lienthong.gateway.signature.attachment.AttachmentSignatureCheck;
import vn.lienthong.gateway.signature.attachment.AttachmentSignatures;
import vn.lienthong.gateway.store.MessageStore;
import vn.lienthong.gateway.store.NewMessage;
import vn.lienthong.gateway.store.PackageContent;
import vn.lienthong.gateway.store.StatusStore;
import vn.lienthong.schemas.EdxmlValidator;
import vn.lienthong.schemas.model.PackageKind;
import vn.lienthong.schemas.model.PackageRejectedException;
import vn.lienthong.schemas.model.ParsedPackage;
import vn.lienthong.schemas.model.StatusCode;
import vn.lienthong.schemas.model.Violation;

/**
 * The intake stage every adapter shares, for documents and status packages alike: validate, authorise the sender,
 * route, drop re-posts, commit in one transaction, then queue the message for the process stage. Any refusal happens
 * before anything is stored.
 */
@Service
public class IntakeService {

    private static final Logger log = LoggerFactory.getLogger(IntakeService.class);

    private final EdxmlValidator validator;
    private final RecipientResolver recipients;
    private final IncomingSignatureCheck signatureCheck;
    private final AttachmentSignatureCheck attachmentCheck;
    private final MessageStore store;
    private final ProcessQueue processQueue;
    private final GatewayMetrics metrics;
    private final StatusCorrelator correlator;
    private final StatusStore statuses;
    private final DataDiskGuard dataDisk;
    private final SigningPreconditions signingPreconditions;

    public IntakeService(EdxmlValidator validator, RecipientResolver recipients, IncomingSignatureCheck signatureCheck,
                         MessageStore store, ProcessQueue processQueue,
                         StatusCorrelator correlator, StatusStore statuses, GatewayMetrics metrics,
                         DataDiskGuard dataDisk,
                         AttachmentSignatureCheck attachmentCheck, SigningPreconditions signingPreconditions) {
        this.validator = validator;
        this.recipients = recipients;
        this.correlator = correlator;
        this.statuses = statuses;
        this.signatureCheck = signatureCheck;
        this.attachmentCheck = attachmentCheck;
        this.store = store;
        this.processQueue = processQueue;
        this.metrics = metrics;
        this.dataDisk = dataDisk;
        this.signingPreconditions = signingPreconditions;
    }

    public IntakeReceipt receiveDocument(InboundPackage input) {
        ParsedPackage parsed = validated(input, PackageKind.DOCUMENT);
        List<NewMessage.Route> routes = recipients.resolve(parsed.recipientIds());
        NewMessage.Supersession change = BusinessDocType.ofCode(parsed.businessDocType())
                .map(type -> supersession(parsed, type)).orElse(null);
        return commit(input, parsed, routes, parsed.subject(), change, store::accept);
    }

    /**
     * Applied by the process stage with the new version's deliveries: should the gateway die in between, the earlier
     * version is at worst delivered before the revocation or new version that follows it, never instead of it.
     */
    private static NewMessage.Supersession supersession(ParsedPackage parsed, BusinessDocType type) {
        String reason = parsed.businessDocReason();
        String description = "văn bản " + parsed.businessDocumentId() + " bị " + type.vietnamese() + " bởi thông điệp "
                + NewMessage.Supersession.THIS_MESSAGE + (reason == null ? "" : ": " + reason);
        return new NewMessage.Supersession(type.eventType(), parsed.businessDocumentId(), description);
    }

    /**
     * A recipient's status package: matched with the document it answers, recorded, and carried on to the
     * document's sender as a message of its own, through the same store and work queue as documents.
     */
    public IntakeReceipt receiveStatus(InboundPackage input) {
        ParsedPackage parsed = validated(input, PackageKind.STATUS);
        StatusCorrelation answered = correlator.correlate(parsed);
        String summary = parsed.statusCode() + " " + parsed.status().map(StatusCode::description).orElse("");
        return commit(input, parsed, List.of(answered.back()), summary.strip(), null,
                message -> statuses.accept(message, answered.status()));
    }

    /** Parses and checks the package and that the partner may send as its sender. */
    private ParsedPackage validated(InboundPackage input, PackageKind expected) {
        ParsedPackage parsed = read(input.content());
        if (parsed.kind() != expected) {
            throw new PackageRejectedException(List.of(expected == PackageKind.DOCUMENT
                    ? new Violation("MessageHeader/StatusCode",
                            "document-expected: status packages go to /api/v1/statuses", parsed.statusCode())
                    : new Violation("MessageHeader/StatusCode",
                            "status-expected: required in a status package; documents go to /api/v1/documents", "")));
        }
        if (!input.partner().agencies().contains(parsed.senderId())) {
            throw new SenderNotAllowedException(input.partner().id(), parsed.senderId());
        }
        return parsed;
    }

    /** The small package in memory as always; a spooled one as a stream, its attachments checked but not kept. */
    private ParsedPackage read(PackageContent content) {
        if (content.inMemory()) {
            return validator.validate(content.bytes());
        }
        try (InputStream in = content.open()) {
            return validator.validateStreaming(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the spooled package", e);
        }
    }

    /**
     * Checks the signature, drops re-posts, commits through {@code acceptor} in one transaction, then hands the
     * message to the process stage. Nothing is signed or delivered here.
     */
    private IntakeReceipt commit(InboundPackage input, ParsedPackage parsed, List<NewMessage.Route> routes,
                                 String subject, NewMessage.Supersession change,
                                 Function<NewMessage, AcceptedMessage> acceptor) {
        String sender = parsed.senderId();
        SignatureOutcome signature = signatureCheck.check(input.content(), parsed.carriesSignatureElement(),
                input.partner(), input.receivedAt());
        signingPreconditions.check(input.content(), parsed.carriesSignatureElement(), sender, signature);
        AttachmentSignatures pdfs = attachmentCheck.check(input.content(), parsed, input.partner(), input.receivedAt());
        String sha256 = input.content().sha256();
        var duplicate = store.findDuplicate(sender, parsed.documentId(), sha256);
        if (duplicate.isPresent()) {
            return receipt(duplicate.get());
        }
        // A re-post above still gets its id back on a full disk; anything new needs room to be stored whole.
        dataDisk.requireRoom();
        AcceptedMessage accepted;
        try {
            accepted = acceptor.apply(new NewMessage(parsed.kind().name(), input.channel().name(),
                    input.partner().id(), sender, parsed.documentId(), parsed.codeNumber(), parsed.codeNotation(),
                    subject, input.content(), sha256, input.receivedAt(), routes, signature,
                    parsed.carriesSignatureElement(), pdfs, change));
        } catch (DuplicateKeyException raceWithIdenticalPost) {
            return receipt(store.findDuplicate(sender, parsed.documentId(), sha256).orElseThrow());
        }
        try (var context = MessageLogContext.open().with(MessageLogContext.MESSAGE_ID, accepted.id())
                .with(MessageLogContext.CONNECTOR, input.partner().id())
                .with(MessageLogContext.DOCUMENT_NUMBER, parsed.documentNumber())) {
            queue(accepted);
            metrics.documentReceived();
            log.info("Accepted {} {} ({} from {}, document {}, written {}) for {} connector(s)", parsed.kind(),
                    accepted.id(), parsed.kind() == PackageKind.STATUS ? parsed.statusCode() : parsed.documentNumber(),
                    sender, parsed.documentId(), parsed.shape().summary(), routes.size());
        }
        return receipt(accepted);
    }

    /** The package is already durable: a broker hiccup now delays it until the outbox sweep, never loses it. */
    private void queue(AcceptedMessage accepted) {
        try {
            processQueue.enqueue(accepted.id());
        } catch (JmsException e) {
            log.warn("Message {} stored but not queued for processing ({}); the outbox sweeper will queue it",
                    accepted.id(), e.getMessage());
        }
    }

    private static IntakeReceipt receipt(AcceptedMessage message) {
        return new IntakeReceipt(message.id(), message.state().name(), message.duplicate());
    }
}
