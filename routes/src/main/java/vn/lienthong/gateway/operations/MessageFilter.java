package vn.lienthong.gateway.operations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import vn.lienthong.gateway.store.MessageState;

/**
 * What an operator searches messages by; every field is optional and they combine with AND.
 *
 * @param number a document number as printed ({@code 123/QĐ-SGDĐT}) or its code number alone ({@code 123})
 * @param q text the subject contains, case-insensitive
 * @param from received at or after; @param to received before
 * @param connector a connector that sent the message or carries one of its deliveries
 */
public record MessageFilter(MessageState state, String sender, String recipient, String number, String q,
                            Instant from, Instant to, String connector) {

    public static final MessageFilter NONE = new MessageFilter(null, null, null, null, null, null, null, null);

    /**
     * Reads the filters as the admin API and the console take them; a date without a time is a whole day in the
     * department's zone, so {@code to=2026-11-20} includes that day.
     */
    public static MessageFilter parse(String state, String sender, String recipient, String number, String q,
                                      String from, String to, String connector, ZoneId zone) {
        return new MessageFilter(state(state), blankToNull(sender), blankToNull(recipient), blankToNull(number),
                blankToNull(q), time("from", from, zone, false), time("to", to, zone, true), blankToNull(connector));
    }

    private static MessageState state(String text) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        return Arrays.stream(MessageState.values()).filter(s -> s.name().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> new InvalidRequestException("state",
                        "one of " + Arrays.toString(MessageState.values()), value));
    }

    private static Instant time(String name, String text, ZoneId zone, boolean endOfDay) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name, "a date (2026-11-20) or a date-time with offset "
                    + "(2026-11-20T08:00:00+07:00)", value);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
