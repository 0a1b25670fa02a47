package vn.lienthong.gateway.api;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.stereotype.Component;

import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.RateLimit;

/**
 * One Bucket4j token bucket per connector with a {@code limits.rate}, held in this process's memory: with several
 * gateway instances each one allows the rate.
 */
@Component
public class PartnerRateLimiter {

    private final ConcurrentMap<String, LimitedBucket> buckets = new ConcurrentHashMap<>();

    /**
     * Takes one request from the partner's bucket.
     *
     * @throws RateLimitExceededException when the bucket is empty, with the time until the next token
     */
    public void acquire(ConnectorDefinition partner) {
        RateLimit limit = partner.limits().rate();
        if (limit == null) {
            return;
        }
        // A reload that changes the limit starts a fresh bucket; an unchanged one keeps its tokens.
        LimitedBucket bucket = buckets.compute(partner.id(),
                (id, current) -> current != null && current.limit().equals(limit) ? current : LimitedBucket.of(limit));
        ConsumptionProbe probe = bucket.bucket().tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimitExceededException(partner.id(), limit, Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /** A bucket and the limit it was built from. */
    private record LimitedBucket(RateLimit limit, Bucket bucket) {

        static LimitedBucket of(RateLimit limit) {
            // Greedy refill: tokens trickle back through the period instead of arriving all at its end.
            return new LimitedBucket(limit, Bucket.builder()
                    .addLimit(bandwidth -> bandwidth.capacity(limit.burst())
                            .refillGreedy(limit.permits(), limit.period()))
                    .build());
        }
    }
}
