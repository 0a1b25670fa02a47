package vn.lienthong.connectors.vdxp;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SDK's {@code timestamp}: {@code SimpleDateFormat("ddMMyyyy'T'HHmmss+SSSS")} in the sender's local time, where
 * {@code +} is a literal and {@code SSSS} the milliseconds padded to four digits (no zone is written), e.g.
 * {@code 22112026T081502+0042} for 08:15:02.042.
 */
public final class VdxpTimestamp {

    /** Strict, so that 31 February is refused rather than read as 28 February. */
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("ddMMuuuu'T'HHmmss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern SHAPE = Pattern.compile("^(\\d{8}T\\d{6})\\+(\\d{4})$");

    private VdxpTimestamp() {
    }

    /** {@code instant} written as the SDK writes "now" in {@code zone}. */
    public static String format(Instant instant, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        // Not DateTimeFormatter's S: that is a fraction of the second, SimpleDateFormat's S counts milliseconds.
        return SECONDS.format(local) + "+" + String.format("%04d", local.getNano() / 1_000_000);
    }

    /** Reads a timestamp written in {@code zone}; an {@link IllegalArgumentException} says what is wrong. */
    public static Instant parse(String text, ZoneId zone) {
        Matcher shape = text == null ? null : SHAPE.matcher(text);
        if (shape == null || !shape.matches()) {
            throw new IllegalArgumentException("must be ddMMyyyy'T'HHmmss+SSSS, like 22112026T081502+0042");
        }
        int millis = Integer.parseInt(shape.group(2));
        if (millis > 999) {
            throw new IllegalArgumentException("the four digits after + are milliseconds, at most 0999");
        }
        try {
            return LocalDateTime.parse(shape.group(1), SECONDS).plusNanos(millis * 1_000_000L).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("is not a date and time of the calendar", e);
        }
    }
}
