package vn.lienthong.gateway.signature;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.lienthong.signatures.PemCertificates;
import vn.lienthong.signatures.timestamp.TimestampClient;
import vn.lienthong.signatures.timestamp.TimestampException;
import vn.lienthong.signatures.timestamp.TimestampToken;

/**
 * Obtains RFC 3161 time-stamps over the SHA-256 of every stored package, apart from the delivery path: a TSA
 * outage delays the time-stamps, never a document. Failed requests are retried with a growing pause. Instances
 * sharing a store take turns (ShedLock row {@code evidence-timestamps}), so no package is stamped twice.
 */
@Component
@ConditionalOnProperty(prefix = "lienthong.timestamping", name = "tsa-url")
public class EvidenceTimestamper {

    private static final Logger log = LoggerFactory.getLogger(EvidenceTimestamper.class);
    private static final int BATCH = 200;
    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);
    /** The row in the shared {@code shedlock} table that lets one instance at a time request time-stamps. */
    static final String LOCK_NAME = "evidence-timestamps";
    /** A run sends at most this many requests' worth of timeouts, so its lock always outlives it. */
    static final int REQUESTS_PER_RUN_BUDGET = 20;

    private final EvidenceTimestampStore store;
    private final TimestampingProperties properties;
    private final TimestampClient client;
    private final LockingTaskExecutor oneInstanceAtATime;
    private final Clock clock;

    public EvidenceTimestamper(EvidenceTimestampStore store, TimestampingProperties properties, LockProvider locks,
                               Clock clock) {
        this.store = store;
        this.properties = properties;
        this.client = new TimestampClient(properties.tsaUrl(), PemCertificates.read(properties.tsaCertificates()),
                properties.timeout());
        this.oneInstanceAtATime = new DefaultLockingTaskExecutor(locks);
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${lienthong.timestamping.interval:10s}",
            fixedDelayString = "${lienthong.timestamping.interval:10s}")
    public void stampMissing() {
        Duration runBudget = properties.timeout().multipliedBy(REQUESTS_PER_RUN_BUDGET);
        // Held at most one request longer than a run may last: an instance that dies mid-run frees it by then.
        oneInstanceAtATime.executeWithLock((Runnable) () -> stampDue(clock.instant().plus(runBudget)),
                new LockConfiguration(clock.instant(), LOCK_NAME, runBudget.plus(properties.timeout()), Duration.ZERO));
    }

    private void stampDue(Instant deadline) {
        for (EvidenceTimestampStore.Pending pending : store.due(clock.instant(), BATCH)) {
            if (clock.instant().isAfter(deadline) || !stamp(pending)) {
                // A slow or failing TSA: the rest waits for the next run instead of failing (or waiting) one by one.
                return;
            }
        }
    }

    private boolean stamp(EvidenceTimestampStore.Pending pending) {
        int attempt = pending.attempts() + 1;
        try {
            TimestampToken token = client.stamp(HexFormat.of().parseHex(pending.sha256()));
            store.stamped(pending.packageId(), token.encoded(), token.genTime(), token.tsaSubject(), attempt,
                    clock.instant());
            return true;
        } catch (TimestampException e) {
            Instant now = clock.instant();
            store.failed(pending.packageId(), e.getMessage(), attempt, now.plus(pauseAfter(attempt)), now);
            log.warn("Time-stamp for package {} failed (attempt {}): {}", pending.packageId(), attempt, e.getMessage());
            return false;
        }
    }

    private Duration pauseAfter(int attempt) {
        Duration pause = properties.retryDelay().multipliedBy(1L << Math.min(attempt - 1, 16));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }
}
