package vn.lienthong.gateway.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.lienthong.gateway.config.InstanceIdentity;
import vn.lienthong.gateway.config.LienthongProperties;
import vn.lienthong.gateway.process.ProcessQueue;
import vn.lienthong.gateway.store.DeliveryStore;
import vn.lienthong.gateway.store.ProcessWorkStore;
import vn.lienthong.gateway.store.QueuedDelivery;

/**
 * The outbox: finds work that was committed but never queued (the process died between the two), for the process
 * stage and for dispatch, and queues it again, at start-up and then periodically. Duplicates are harmless: the broker drops a second work
 * message with the same duplicate id, and the claim drops a stale one.
 */
@Component
public class OutboxSweeper {

    /** The row in the shared {@code shedlock} table that lets one instance at a time run the periodic sweep. */
    static final String LOCK_NAME = "outbox-sweep";

    private static final Logger log = LoggerFactory.getLogger(OutboxSweeper.class);

    private final DeliveryStore deliveries;
    private final WorkQueue workQueue;
    private final ProcessWorkStore processWork;
    private final ProcessQueue processQueue;
    private final LienthongProperties properties;
    private final InstanceIdentity instance;
    private final LockingTaskExecutor oneInstanceAtATime;
    private final Clock clock;

    public OutboxSweeper(DeliveryStore deliveries, WorkQueue workQueue, ProcessWorkStore processWork,
                         ProcessQueue processQueue, LienthongProperties properties, InstanceIdentity instance,
                         LockProvider locks, Clock clock) {
        this.deliveries = deliveries;
        this.workQueue = workQueue;
        this.processWork = processWork;
        this.processQueue = processQueue;
        this.properties = properties;
        this.instance = instance;
        this.oneInstanceAtATime = new DefaultLockingTaskExecutor(locks);
        this.clock = clock;
    }

    /**
     * After a restart everything due is queued again: nothing queued before the crash is trusted to be there. Only
     * this instance's own interrupted attempts are released; another live instance may still be running its own.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void sweepAtStartup() {
        Instant now = clock.instant();
        List<QueuedDelivery> released = properties.dispatch().releaseLeasesAtStartup()
                ? deliveries.releaseLeasesOf(instance.id(), now)
                : List.of();
        workQueue.enqueueAll(released);
        int processing = requeueProcessingSince(now);
        int queued = requeueDueBefore(now);
        log.info("Outbox at start-up of instance {}: {} messages queued for processing again, {} interrupted attempts "
                + "released, {} deliveries queued again", instance.id(), processing, released.size(), queued);
    }

    /**
     * On one instance at a time. A sweep is short; should its instance die mid-sweep, its lock ends after one
     * sweep interval and the next sweep runs elsewhere.
     */
    @Scheduled(initialDelayString = "${lienthong.dispatch.sweep-interval}",
            fixedDelayString = "${lienthong.dispatch.sweep-interval}")
    public void sweep() {
        oneInstanceAtATime.executeWithLock((Runnable) this::sweepNow, new LockConfiguration(clock.instant(),
                LOCK_NAME, properties.dispatch().sweepInterval(), Duration.ZERO));
    }

    private void sweepNow() {
        Instant now = clock.instant();
        List<QueuedDelivery> released = deliveries.releaseExpiredLeases(now);
        // Queued now rather than at the next sweep: their instance is gone and a lease has already been waited out.
        workQueue.enqueueAll(released);
        Instant stalledBefore = now.minus(properties.dispatch().sweepGrace());
        int processing = requeueProcessingSince(stalledBefore);
        int queued = requeueDueBefore(stalledBefore);
        if (processing + released.size() + queued > 0) {
            log.warn("Outbox sweep on instance {}: {} stalled messages queued for processing again, {} expired "
                    + "attempts released, {} stalled deliveries queued again", instance.id(), processing,
                    released.size(), queued);
        }
    }

    /** A duplicate process message is harmless: the first to commit takes the work row, the others find it gone. */
    private int requeueProcessingSince(Instant before) {
        List<String> waiting = processWork.waitingSince(before);
        waiting.forEach(processQueue::enqueue);
        return waiting.size();
    }

    private int requeueDueBefore(Instant dueBefore) {
        List<QueuedDelivery> stalled = deliveries.findStalled(dueBefore);
        workQueue.enqueueAll(stalled);
        return stalled.size();
    }
}
