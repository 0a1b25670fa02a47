package vn.lienthong.connectors.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * How many requests a partner may make: {@code permits} per {@code period} on average, with at most {@code burst}
 * at once after a quiet spell.
 *
 * @param permits requests allowed per period
 * @param period the period the permits refill over
 * @param burst the most requests accepted back to back; at least 1
 */
public record RateLimit(long permits, Duration period, long burst) {

    /** Rejects limits that would refuse everything or never refill. */
    public RateLimit {
        Objects.requireNonNull(period, "period");
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1, was " + permits);
        }
        if (period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("period must be positive, was " + period);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("burst must be at least 1, was " + burst);
        }
    }

    /** The limit as a connector file writes it, e.g. {@code 50/s, burst 100}. */
    public String describe() {
        String unit = switch ((int) Math.min(period.toSeconds(), Integer.MAX_VALUE)) {
            case 1 -> "s";
            case 60 -> "min";
            case 3600 -> "h";
            default -> period.toString();
        };
        return permits + "/" + unit + ", burst " + burst;
    }
}
