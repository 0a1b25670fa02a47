package vn.lienthong.gateway.dispatch;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.lienthong.connectors.spi.DeliveryOutcome;
import vn.lienthong.connectors.spi.RetryPolicy;
import vn.lienthong.gateway.config.InstanceIdentity;
import vn.lienthong.gateway.connector.ConnectorRegistry;
import vn.lienthong.gateway.metrics.GatewayMetrics;
import vn.lienthong.gateway.store.DeliveryState;
import vn.lienthong.gateway.store.DeliveryStore;
import vn.lienthong.gateway.store.QueuedDelivery;

/** Last dispatch step: records the attempt and applies the connector's retry policy to what follows. */
@Component
public class DeliveryOutcomeRecorder {

    private static final Logger log = LoggerFactory.getLogger(DeliveryOutcomeRecorder.class);

    private final DeliveryStore deliveries;
    private final ConnectorRegistry connectors;
    private final WorkQueue workQueue;
    private final GatewayMetrics metrics;
    private final InstanceIdentity instance;

    public DeliveryOutcomeRecorder(DeliveryStore deliveries, ConnectorRegistry connectors, WorkQueue workQueue,
                                   GatewayMetrics metrics, InstanceIdentity instance) {
        this.deliveries = deliveries;
        this.connectors = connectors;
        this.workQueue = workQueue;
        this.metrics = metrics;
        this.instance = instance;
    }

    public void record(AttemptResult attempt) {
        var delivery = attempt.delivery();
        RetryPolicy retry = connectors.byId(delivery.connectorId()).map(c -> c.retry()).orElse(RetryPolicy.DEFAULT);
        DeliveryState next = nextState(attempt.outcome(), retry, delivery.attemptNumber());
        Instant nextDueAt = next == DeliveryState.RETRYING
                ? attempt.finishedAt().plus(retry.delayAfterAttempt(delivery.attemptNumber()))
                : null;
        boolean current = deliveries.recordAttempt(delivery, attempt.outcome(), attempt.startedAt(),
                attempt.finishedAt(), next, nextDueAt, instance.id());
        metrics.attempt(delivery.connectorId(), attempt.outcome().result().name(),
                Duration.between(attempt.startedAt(), attempt.finishedAt()));
        if (!current) {
            log.warn("Delivery {} of message {} to {}: attempt {} {} ended after its lease; a later attempt decides",
                    delivery.deliveryId(), delivery.messageId(), delivery.connectorId(), delivery.attemptNumber(),
                    attempt.outcome().detail());
            return;
        }
        log.info("Delivery {} of message {} to {}: attempt {} {} -> {}", delivery.deliveryId(), delivery.messageId(),
                delivery.connectorId(), delivery.attemptNumber(), attempt.outcome().detail(), next);
        if (next == DeliveryState.DEAD) {
            metrics.deliveryDead(delivery.connectorId());
        }
        if (next == DeliveryState.RETRYING) {
            // Queued after the commit: if the process dies in between, the outbox sweeper finds it due.
            workQueue.enqueue(new QueuedDelivery(delivery.deliveryId(), delivery.connectorId(),
                    delivery.attemptNumber(), nextDueAt));
        }
    }

    static DeliveryState nextState(DeliveryOutcome outcome, RetryPolicy retry, int attemptsMade) {
        return switch (outcome.result()) {
            case ACCEPTED -> DeliveryState.DELIVERED;
            case PERMANENT_REFUSAL -> DeliveryState.REJECTED;
            case TRANSIENT_FAILURE -> retry.hasAttemptsLeft(attemptsMade) ? DeliveryState.RETRYING : DeliveryState.DEAD;
        };
    }
}
