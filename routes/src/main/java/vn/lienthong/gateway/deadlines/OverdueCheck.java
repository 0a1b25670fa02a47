package vn.lienthong.gateway.deadlines;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code lienthong.deadlines.check-interval}, on one gateway instance at a time (the shared {@code shedlock}
 * table), marks the open deadlines whose due time has passed OVERDUE; the alert monitor raises an alert for each.
 */
@Component
public class OverdueCheck {

    /** The row in the shared {@code shedlock} table that lets one instance at a time run the check. */
    static final String LOCK_NAME = "deadline-overdue-check";

    private static final Logger log = LoggerFactory.getLogger(OverdueCheck.class);

    private final DeadlineStore store;
    private final DeadlineProperties properties;
    private final LockingTaskExecutor oneInstanceAtATime;
    private final Clock clock;

    public OverdueCheck(DeadlineStore store, DeadlineProperties properties, LockProvider locks, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.oneInstanceAtATime = new DefaultLockingTaskExecutor(locks);
        this.clock = clock;
    }

    /** Should the instance die mid-check, its lock ends after one interval and the next check runs elsewhere. */
    @Scheduled(initialDelayString = "${lienthong.deadlines.check-interval:1m}",
            fixedDelayString = "${lienthong.deadlines.check-interval:1m}")
    public void check() {
        if (!properties.enabled()) {
            return;
        }
        oneInstanceAtATime.executeWithLock((Runnable) this::checkNow, new LockConfiguration(clock.instant(),
                LOCK_NAME, properties.checkInterval(), Duration.ZERO));
    }

    /** One pass, on this instance, whoever holds the lock: also what the tests call. */
    public int checkNow() {
        int marked = store.markOverdue(clock.instant());
        if (marked > 0) {
            log.info("{} deadline(s) became overdue", marked);
        }
        return marked;
    }
}
