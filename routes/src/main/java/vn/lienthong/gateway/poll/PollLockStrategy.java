package vn.lienthong.gateway.poll;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.spi.RouteIdAware;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets one gateway instance at a time run a polled route's poll: any Camel polling consumer ({@code file:},
 * {@code scheduler:}) given {@code pollStrategy=#pollLockStrategy} takes the route's row in the shared database's
 * {@code shedlock} table before polling, and skips the poll when another instance holds it.
 */
public class PollLockStrategy implements PollingConsumerPollStrategy {

    /** Bean name the polled routes refer to. */
    public static final String BEAN = "pollLockStrategy";

    private static final Logger log = LoggerFactory.getLogger(PollLockStrategy.class);
    private static final int MAX_NAME = 64;

    private final LockProvider locks;
    private final Clock clock;
    private final Duration lockAtMostFor;
    private final Map<Consumer, SimpleLock> held = new ConcurrentHashMap<>();

    /** {@code lockAtMostFor} frees the lock of an instance that died mid-poll; a poll must end well within it. */
    public PollLockStrategy(LockProvider locks, Clock clock, Duration lockAtMostFor) {
        this.locks = locks;
        this.clock = clock;
        this.lockAtMostFor = lockAtMostFor;
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        String name = lockName(consumer instanceof RouteIdAware route && route.getRouteId() != null
                ? route.getRouteId() : endpoint.getEndpointKey());
        // lockAtLeastFor zero: the next poll may start on any instance as soon as this one has ended.
        Optional<SimpleLock> lock = locks.lock(new LockConfiguration(clock.instant(), name, lockAtMostFor,
                Duration.ZERO));
        if (lock.isEmpty()) {
            log.debug("Poll of {} skipped: another gateway instance holds its lock", name);
            return false;
        }
        held.put(consumer, lock.get());
        return true;
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        release(consumer);
    }

    /** Never retried at once: the next scheduled poll tries again, possibly on another instance. */
    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        release(consumer);
        log.warn("Poll of {} failed, tried again at the next poll: {}", endpoint.getEndpointKey(), cause.toString());
        return false;
    }

    private void release(Consumer consumer) {
        SimpleLock lock = held.remove(consumer);
        if (lock != null) {
            lock.unlock();
        }
    }

    /** ShedLock's name column holds 64 characters; a longer route id keeps its start and gains a hash. */
    static String lockName(String routeId) {
        if (routeId.length() <= MAX_NAME) {
            return routeId;
        }
        try {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(routeId.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
            return routeId.substring(0, MAX_NAME - 17) + "-" + hash;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
