package vn.lienthong.gateway.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Converts between {@link Instant} and the {@code timestamp with time zone} values both databases bind. */
public final class Timestamps {

    private Timestamps() {
    }

    /** PostgreSQL's driver binds {@link OffsetDateTime} but not {@link Instant}; H2 takes either. */
    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
