package vn.lienthong.gateway.api;

import java.time.Duration;
import java.util.List;

import vn.lienthong.connectors.spi.RateLimit;
import vn.lienthong.gateway.refusal.Refusal;

/** A partner sent more requests than its connector's {@code limits.rate} allows; it may try again later. */
public class RateLimitExceededException extends Refusal {

    public RateLimitExceededException(String connectorId, RateLimit limit, Duration retryAfter) {
        super("rate-limited", 429, "Too many requests", "connector " + connectorId + " is limited to "
                + limit.describe() + " requests (limits.rate, limits.burst); try again in "
                + Math.max(1, retryAfter.toSeconds()) + " s", List.of(), wholeSeconds(retryAfter), null);
    }

    /** Whole seconds to wait, at least one, as the {@code Retry-After} header says it. */
    private static long wholeSeconds(Duration retryAfter) {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
