package vn.lienthong.gateway.deadlines;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.lienthong.connectors.spi.OutboundDelivery;
import vn.lienthong.gateway.store.DeliveryState;
import vn.lienthong.gateway.store.MessageStateUpdater;

/**
 * Opens a document's deadlines when a delivery of it is recorded DELIVERED, and closes them as its recipients'
 * statuses arrive. Both run inside the store's transaction of that event, with the document's row locked, so a
 * status that overtakes the record of its own delivery is found by one or the other, never missed by both.
 */
@Component
public class DeadlineTracker {

    private final DeadlineProperties properties;
    private final DeadlinePlanner planner;
    private final DeadlineStore store;
    private final MessageStateUpdater messages;
    private final ApplicationEventPublisher events;

    public DeadlineTracker(DeadlineProperties properties, DeadlinePlanner planner, DeadlineStore store,
                           MessageStateUpdater messages, ApplicationEventPublisher events) {
        this.properties = properties;
        this.planner = planner;
        this.store = store;
        this.messages = messages;
        this.events = events;
    }

    /**
     * Called by the store for every attempt it records, with the document's row already locked: when the delivery
     * is now DELIVERED, one deadline per recipient and kind, closed at once by any status that came in first.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void attemptRecorded(OutboundDelivery delivery, DeliveryState now, Instant deliveredAt) {
        if (now != DeliveryState.DELIVERED || !properties.enabled() || store.recordedFor(delivery.deliveryId())) {
            return;
        }
        Optional<DeadlineStore.DeliveredDocument> document = store.document(delivery.messageId())
                .filter(d -> "DOCUMENT".equals(d.kind()));
        if (document.isEmpty()) {
            return;
        }
        DocumentTerms terms = DocumentTermsReader.read(delivery.packageBytes());
        for (String agency : delivery.recipientAgencies()) {
            for (DeadlinePlanner.Planned planned : planner.plan(deliveredAt, terms)) {
                open(delivery, agency, terms, planned, deliveredAt, document.get());
            }
        }
    }

    private void open(OutboundDelivery delivery, String agency, DocumentTerms terms, DeadlinePlanner.Planned planned,
                      Instant deliveredAt, DeadlineStore.DeliveredDocument document) {
        DeadlineKind kind = planned.kind();
        Optional<DeadlineStore.Answer> earlier = store.firstAnswer(delivery.messageId(), agency, kind.closingCodes());
        DeadlineState state = earlier.map(a -> closedBy(kind, a.code(), a.receivedAt(), planned.dueAt()))
                .orElse(DeadlineState.OPEN);
        Instant answeredAt = earlier.map(DeadlineStore.Answer::receivedAt).orElse(null);
        store.insert(new Deadline(null, delivery.messageId(), delivery.deliveryId(), agency,
                        terms.recipientNames().get(agency), delivery.connectorId(), kind, terms.priority(), deliveredAt,
                        planned.dueAt(), state, answeredAt, earlier.map(DeadlineStore.Answer::code).orElse(null)),
                document, elapsed(deliveredAt, answeredAt));
    }

    /**
     * Called by the status flow's store at the start of its transaction, before it writes anything that refers to
     * the document: the document's row is locked here first, as every writer of its deliveries locks it first.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void answered(String documentMessageId, String agency, String statusCode, Instant receivedAt) {
        messages.lock(documentMessageId);
        for (Deadline deadline : store.open(documentMessageId, agency)) {
            DeadlineKind kind = deadline.kind();
            if (!kind.isAnsweredBy(statusCode) && !kind.isCancelledBy(statusCode)) {
                continue;
            }
            DeadlineState state = closedBy(kind, statusCode, receivedAt, deadline.dueAt());
            if (store.close(deadline.id(), state, receivedAt, statusCode, elapsed(deadline.deliveredAt(), receivedAt))
                    && state == DeadlineState.LATE) {
                events.publishEvent(new DeadlineAnsweredLate(deadline.connectorId(), kind));
            }
        }
    }

    static DeadlineState closedBy(DeadlineKind kind, String code, Instant answeredAt, Instant dueAt) {
        if (!kind.isAnsweredBy(code)) {
            return DeadlineState.CANCELLED;
        }
        return answeredAt.isAfter(dueAt) ? DeadlineState.LATE : DeadlineState.ON_TIME;
    }

    /** A status may reach the gateway a moment before the delivery's outcome is recorded: that counts as no time. */
    private static Long elapsed(Instant deliveredAt, Instant answeredAt) {
        return answeredAt == null ? null : Math.max(0, Duration.between(deliveredAt, answeredAt).toSeconds());
    }
}
