package vn.lienthong.gateway.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import vn.lienthong.gateway.operations.InvalidRequestException;

/**
 * The query parameters of a statistics request, read and checked once for the admin API, the CSV and the console.
 *
 * @param period which documents: {@code day}, {@code month} (default), {@code school-year} or {@code custom}
 * @param value the day ({@code 2026-11-20}), month ({@code 2026-11}) or school year ({@code 2026-2027}); the current
 *     one when absent
 * @param from first day of a custom period
 * @param to last day of a custom period, included
 * @param by {@code agency} (default) or {@code connector}
 * @param direction {@code sent} or {@code received}; both when absent
 */
public record StatisticsRequest(String period, String value, String from, String to, String by, String direction) {

    public StatisticsPeriod resolvePeriod(Clock clock, ZoneId zone) {
        return StatisticsPeriod.parse(period, blankToNull(value), from, to, LocalDate.now(clock.withZone(zone)), zone);
    }

    public Grouping grouping() {
        return by == null || by.isBlank() ? Grouping.AGENCY : parse("by", by, Grouping.class);
    }

    public Direction sides() {
        return direction == null || direction.isBlank() ? null : parse("direction", direction, Direction.class);
    }

    private static <E extends Enum<E>> E parse(String parameter, String text, Class<E> type) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(parameter, "one of " + java.util.Arrays.toString(type.getEnumConstants())
                    .toLowerCase(Locale.ROOT), text);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
