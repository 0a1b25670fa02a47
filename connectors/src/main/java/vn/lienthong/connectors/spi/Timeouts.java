package vn.lienthong.connectors.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * How long an outbound call may take to connect and to answer.
 *
 * @param connect time allowed to open the connection
 * @param read time allowed to wait for the answer once connected
 */
public record Timeouts(Duration connect, Duration read) {

    /** Five seconds to connect, thirty to answer. */
    public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(30));

    /** Rejects missing or non-positive durations, which would mean "wait forever" to most HTTP clients. */
    public Timeouts {
        requirePositive(connect, "connect");
        requirePositive(read, "read");
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " timeout must be positive, was " + value);
        }
    }
}
