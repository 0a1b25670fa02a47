package vn.lienthong.gateway.api;

import java.time.Duration;

import vn.lienthong.connectors.spi.RateLimit;

/** A partner sent more requests than its connector's {@code limits.rate} allows; it may try again later. */
public class RateLimitExceededException extends RuntimeException {

    private final Duration retryAfter;

    public RateLimitExceededException(String connectorId, RateLimit limit, Duration retryAfter) {
        super("connector " + connectorId + " is limited to " + limit.describe()
                + " requests (limits.rate, limits.burst); try again in " + Math.max(1, retryAfter.toSeconds()) + " s");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds to wait, at least one, as the {@code Retry-After} header says it. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
