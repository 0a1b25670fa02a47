package vn.lienthong.gateway.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.lienthong.gateway.config.LienthongProperties;
import vn.lienthong.gateway.store.DeliveryStore;
import vn.lienthong.gateway.store.QueuedDelivery;

/**
 * The outbox: finds work that was committed but never queued (the process died between the two) and
 * queues it again, at start-up and then periodically. Duplicates are harmless: the claim drops them.
 */
@Component
public class OutboxSweeper {

    private static final Logger log = LoggerFactory.getLogger(OutboxSweeper.class);

    private final DeliveryStore deliveries;
    private final WorkQueue workQueue;
    private final LienthongProperties properties;
    private final Clock clock;

    public OutboxSweeper(DeliveryStore deliveries, WorkQueue workQueue, LienthongProperties properties, Clock clock) {
        this.deliveries = deliveries;
        this.workQueue = workQueue;
        this.properties = properties;
        this.clock = clock;
    }

    /** After a restart everything due is queued again: nothing queued before the crash is trusted to be there. */
    @EventListener(ApplicationReadyEvent.class)
    public void sweepAtStartup() {
        Instant now = clock.instant();
        int released = properties.dispatch().releaseLeasesAtStartup()
                ? deliveries.releaseExpiredLeases(now.plus(properties.dispatch().lease()), now)
                : 0;
        int queued = requeueDueBefore(now);
        log.info("Outbox at start-up: {} interrupted attempts released, {} deliveries queued again", released, queued);
    }

    @Scheduled(initialDelayString = "${lienthong.dispatch.sweep-interval}",
            fixedDelayString = "${lienthong.dispatch.sweep-interval}")
    public void sweep() {
        Instant now = clock.instant();
        int released = deliveries.releaseExpiredLeases(now, now);
        int queued = requeueDueBefore(now.minus(properties.dispatch().sweepGrace()));
        if (released + queued > 0) {
            log.warn("Outbox sweep: {} expired attempts released, {} stalled deliveries queued again", released, queued);
        }
    }

    private int requeueDueBefore(Instant dueBefore) {
        List<QueuedDelivery> stalled = deliveries.findStalled(dueBefore);
        workQueue.enqueueAll(stalled);
        return stalled.size();
    }
}
