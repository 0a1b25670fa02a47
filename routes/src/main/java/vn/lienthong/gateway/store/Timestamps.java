package vn.lienthong.gateway.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Converts between {@link Instant} and the {@code timestamp with time zone} values both databases bind. */
public final class Timestamps {

    private Timestamps() {
    }

    /**
     * PostgreSQL's driver binds {@link OffsetDateTime} but not {@link Instant}. Both databases keep microseconds and
     * would round the nanoseconds, so a value read back could lie after the one written: truncate first, so that
     * "due at or before now" holds for a delivery made due "now".
     */
    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
