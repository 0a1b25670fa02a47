package vn.lienthong.gateway.dispatch;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.jms.Destination;

import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;

import vn.lienthong.connectors.dispatch.DispatchHeaders;
import vn.lienthong.gateway.store.QueuedDelivery;

/**
 * Puts delivery work on the connector's queue: an id and an attempt ticket, never the package itself.
 * Retries are scheduled by the broker, so a waiting retry survives a restart and holds no thread.
 */
@Component
public class WorkQueue {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(WorkQueue.class);

    /** Artemis's scheduled-delivery property: the message stays invisible until this epoch millisecond. */
    static final String SCHEDULED_DELIVERY = "_AMQ_SCHED_DELIVERY";
    /** Artemis's duplicate-detection property: a second send with the same value is dropped by the broker. */
    static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

    private final JmsTemplate jms;
    private final Clock clock;
    /** Resolving a queue by name asks the broker each time (a blocking round trip per send); a queue object does not. */
    private final Map<String, Destination> queues = new ConcurrentHashMap<>();

    public WorkQueue(JmsTemplate jms, Clock clock) {
        this.jms = jms;
        this.clock = clock;
    }

    public void enqueueAll(List<QueuedDelivery> deliveries) {
        deliveries.forEach(this::enqueue);
    }

    public void enqueue(QueuedDelivery delivery) {
        long dueAt = delivery.dueAt().toEpochMilli();
        log.debug("Queueing delivery {} ticket {} due {}", delivery.deliveryId(), delivery.attemptsBefore(), delivery.dueAt());
        jms.send(queue(delivery.connectorId()), session -> {
            var message = session.createTextMessage(delivery.deliveryId());
            message.setStringProperty(DispatchHeaders.DELIVERY_ID, delivery.deliveryId());
            message.setIntProperty(DispatchHeaders.ATTEMPTS_BEFORE, delivery.attemptsBefore());
            message.setStringProperty(DUPLICATE_ID, delivery.deliveryId() + "@" + delivery.attemptsBefore() + "@" + dueAt);
            if (dueAt > clock.millis()) {
                message.setLongProperty(SCHEDULED_DELIVERY, dueAt);
            }
            return message;
        });
    }

    private Destination queue(String connectorId) {
        return queues.computeIfAbsent(DispatchHeaders.queueFor(connectorId),
                name -> jms.execute(session -> session.createQueue(name), false));
    }
}
