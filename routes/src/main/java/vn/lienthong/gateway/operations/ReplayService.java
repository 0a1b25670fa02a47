package vn.lienthong.gateway.operations;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.JmsException;
import org.springframework.stereotype.Service;

import vn.lienthong.gateway.dispatch.WorkQueue;
import vn.lienthong.gateway.process.ProcessQueue;
import vn.lienthong.gateway.store.QueuedDelivery;

/** Replays and abandons one message: the store change commits first, then the replayed work is queued. */
@Service
public class ReplayService {

    private static final Logger log = LoggerFactory.getLogger(ReplayService.class);

    private final OperatorActions actions;
    private final WorkQueue workQueue;
    private final Clock clock;
    private final ProcessQueue processQueue;

    public ReplayService(OperatorActions actions, WorkQueue workQueue, Clock clock, ProcessQueue processQueue) {
        this.processQueue = processQueue;
        this.actions = actions;
        this.workQueue = workQueue;
        this.clock = clock;
    }

    public OperatorActionResult replay(String messageId, String actor, String reason) {
        OperatorActionResult result = actions.replay(messageId, actor, Reasons.require(reason));
        try {
            // After the commit: a delivery queued before it could be claimed while still DEAD and dropped.
            if (result.deliveries().isEmpty()) {
                // A replay that changed no delivery reopened the message's process work (it had FAILED there).
                processQueue.enqueue(messageId);
            }
            result.deliveries().forEach(d -> workQueue.enqueue(
                    new QueuedDelivery(d.deliveryId(), d.connectorId(), d.attempts(), clock.instant())));
        } catch (JmsException e) {
            log.warn("Replay of message {} committed but not queued ({}); the outbox sweeper will queue it",
                    messageId, e.getMessage());
        }
        log.info("Message {} replayed by {}: {} deliveries", messageId, actor, result.deliveries().size());
        return result;
    }

    public OperatorActionResult abandon(String messageId, String actor, String reason) {
        OperatorActionResult result = actions.abandon(messageId, actor, Reasons.require(reason));
        log.info("Message {} abandoned by {}: {} deliveries", messageId, actor, result.deliveries().size());
        return result;
    }
}
