package vn.lienthong.connectors.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how far apart a transiently failed delivery is tried again: exponential backoff with a cap.
 *
 * @param maxAttempts total number of attempts, the first one included
 * @param initialDelay wait after the first failed attempt
 * @param multiplier factor applied to the wait after each further failure
 * @param maxDelay upper bound of any single wait
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, double multiplier, Duration maxDelay) {

    /** Six attempts, waiting 2 s, 4 s, 8 s, 16 s and 32 s between them, never more than 5 minutes. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(6, Duration.ofSeconds(2), 2.0, Duration.ofMinutes(5));

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    /** Rejects policies that could never deliver or would wait a negative time. */
    public RetryPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (initialDelay.isZero() || initialDelay.isNegative()) {
            throw new IllegalArgumentException("initialDelay must be positive, was " + initialDelay);
        }
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be a finite number >= 1, was " + multiplier);
        }
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException(
                    "maxDelay " + maxDelay + " is shorter than initialDelay " + initialDelay);
        }
    }

    /**
     * Returns the wait before the next attempt once attempt {@code attemptNumber} (1-based) has failed:
     * {@code min(initialDelay * multiplier^(attemptNumber - 1), maxDelay)}.
     */
    public Duration delayAfterAttempt(int attemptNumber) {
        if (attemptNumber < 1) {
            throw new IllegalArgumentException("attemptNumber is 1-based, was " + attemptNumber);
        }
        // Computed in floating point so that a huge attemptNumber saturates to infinity and hits the cap
        // instead of overflowing a long.
        double seconds = toSeconds(initialDelay) * Math.pow(multiplier, attemptNumber - 1);
        if (seconds >= toSeconds(maxDelay)) {
            return maxDelay;
        }
        long wholeSeconds = (long) seconds;
        long nanos = Math.round((seconds - wholeSeconds) * NANOS_PER_SECOND);
        return Duration.ofSeconds(wholeSeconds, nanos);
    }

    /** Tells whether another attempt is allowed after {@code attemptsMade} attempts have failed. */
    public boolean hasAttemptsLeft(int attemptsMade) {
        if (attemptsMade < 0) {
            throw new IllegalArgumentException("attemptsMade cannot be negative, was " + attemptsMade);
        }
        return attemptsMade < maxAttempts;
    }

    private static double toSeconds(Duration duration) {
        return duration.getSeconds() + duration.getNano() / NANOS_PER_SECOND;
    }
}
