package vn.lienthong.gateway.intake;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jms.JmsException;
import org.springframework.stereotype.Service;

import vn.lienthong.gateway.dispatch.WorkQueue;
import vn.lienthong.gateway.metrics.GatewayMetrics;
import vn.lienthong.gateway.store.AcceptedMessage;
import vn.lienthong.gateway.store.MessageStore;
import vn.lienthong.gateway.store.NewMessage;
import vn.lienthong.schemas.EdxmlValidator;
import vn.lienthong.schemas.model.PackageKind;
import vn.lienthong.schemas.model.PackageRejectedException;
import vn.lienthong.schemas.model.ParsedPackage;
import vn.lienthong.schemas.model.Violation;

/**
 * The intake pipeline every adapter shares: validate, authorise the sender, route the recipients, drop
 * re-posts, commit in one transaction, then queue the work. Any refusal happens before anything is stored.
 */
@Service
public class IntakeService {

    private static final Logger log = LoggerFactory.getLogger(IntakeService.class);

    private final EdxmlValidator validator;
    private final RecipientResolver recipients;
    private final MessageStore store;
    private final WorkQueue workQueue;
    private final GatewayMetrics metrics;

    public IntakeService(EdxmlValidator validator, RecipientResolver recipients, MessageStore store,
                         WorkQueue workQueue, GatewayMetrics metrics) {
        this.validator = validator;
        this.recipients = recipients;
        this.store = store;
        this.workQueue = workQueue;
        this.metrics = metrics;
    }

    public IntakeReceipt receiveDocument(InboundPackage input) {
        ParsedPackage parsed = validator.validate(input.bytes());
        if (parsed.kind() != PackageKind.DOCUMENT) {
            throw new PackageRejectedException(List.of(new Violation("MessageHeader/StatusCode",
                    "document-expected: status packages go to /api/v1/statuses", parsed.statusCode())));
        }
        String sender = parsed.senderId();
        if (!input.partner().agencies().contains(sender)) {
            throw new SenderNotAllowedException(input.partner().id(), sender);
        }
        List<NewMessage.Route> routes = recipients.resolve(parsed.recipientIds());
        String sha256 = PackageDigest.sha256Hex(input.bytes());
        var duplicate = store.findDuplicate(sender, parsed.documentId(), sha256);
        if (duplicate.isPresent()) {
            return receipt(duplicate.get());
        }
        AcceptedMessage accepted;
        try {
            accepted = store.accept(new NewMessage("DOCUMENT", input.channel().name(), input.partner().id(), sender,
                    parsed.documentId(), parsed.codeNumber(), parsed.codeNotation(), parsed.subject(), input.bytes(),
                    sha256, input.receivedAt(), routes));
        } catch (DuplicateKeyException raceWithIdenticalPost) {
            return receipt(store.findDuplicate(sender, parsed.documentId(), sha256).orElseThrow());
        }
        queue(accepted);
        metrics.documentReceived();
        log.info("Accepted message {} ({} from {}, document {}) for {} connector(s)", accepted.id(),
                parsed.documentNumber(), sender, parsed.documentId(), routes.size());
        return receipt(accepted);
    }

    /** The package is already durable: a broker hiccup now delays it until the outbox sweep, never loses it. */
    private void queue(AcceptedMessage accepted) {
        try {
            workQueue.enqueueAll(accepted.deliveries());
        } catch (JmsException e) {
            log.warn("Message {} stored but not queued ({}); the outbox sweeper will queue it", accepted.id(),
                    e.getMessage());
        }
    }

    private static IntakeReceipt receipt(AcceptedMessage message) {
        return new IntakeReceipt(message.id(), message.state().name(), message.duplicate());
    }
}
