package vn.lienthong.gateway.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.lienthong.gateway.operations.InvalidRequestException;

/**
 * The documents a report is about: those received from {@code from} (inclusive) to {@code to} (exclusive), days
 * read in the department's zone.
 *
 * @param kind {@code day}, {@code month}, {@code school-year} or {@code custom}
 * @param label the period as people write it: {@code 2026-11-20}, {@code 2026-11}, {@code 2026-2027},
 *     {@code 2026-11-01..2026-11-30}
 * @param firstDay the first day included
 * @param lastDay the last day included
 * @param zone the zone its days are read in
 */
public record StatisticsPeriod(String kind, String label, LocalDate firstDay, LocalDate lastDay, ZoneId zone,
                               Instant from, Instant to) {

    /** A school year runs from 1 September to 31 August (năm học), the department's reporting year. */
    static final int SCHOOL_YEAR_START_MONTH = 9;
    /** A custom range longer than this is refused: ten years of statistics are not one page. */
    static final int MAX_CUSTOM_DAYS = 3700;

    private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})(?:\\s*[-–]\\s*(\\d{4}))?");

    /** Reads the query parameters; what is not given means "the current one", as of {@code today}. */
    public static StatisticsPeriod parse(String kind, String value, String from, String to, LocalDate today,
                                         ZoneId zone) {
        String period = kind == null || kind.isBlank() ? "month" : kind.strip().toLowerCase(Locale.ROOT);
        return switch (period) {
            case "day" -> day(value == null ? today : date("day", value), zone);
            case "month" -> month(value == null ? YearMonth.from(today) : yearMonth(value), zone);
            case "school-year" -> schoolYear(value == null ? schoolYearOf(today) : startYear(value), zone);
            case "custom" -> custom(date("from", required("from", from)), date("to", required("to", to)), zone);
            default -> throw new InvalidRequestException("period", "one of day, month, school-year, custom", kind);
        };
    }

    static StatisticsPeriod day(LocalDate day, ZoneId zone) {
        return of("day", day.toString(), day, day, zone);
    }

    static StatisticsPeriod month(YearMonth month, ZoneId zone) {
        return of("month", month.toString(), month.atDay(1), month.atEndOfMonth(), zone);
    }

    static StatisticsPeriod schoolYear(int startYear, ZoneId zone) {
        LocalDate first = LocalDate.of(startYear, SCHOOL_YEAR_START_MONTH, 1);
        return of("school-year", startYear + "-" + (startYear + 1), first, first.plusYears(1).minusDays(1), zone);
    }

    static StatisticsPeriod custom(LocalDate first, LocalDate last, ZoneId zone) {
        if (last.isBefore(first)) {
            throw new InvalidRequestException("to", "on or after from", last.toString());
        }
        if (first.plusDays(MAX_CUSTOM_DAYS).isBefore(last)) {
            throw new InvalidRequestException("to", "at most " + MAX_CUSTOM_DAYS + " days after from", last.toString());
        }
        return of("custom", first + ".." + last, first, last, zone);
    }

    /** The school year {@code today} belongs to, by its first calendar year. */
    static int schoolYearOf(LocalDate today) {
        return today.getMonthValue() >= SCHOOL_YEAR_START_MONTH ? today.getYear() : today.getYear() - 1;
    }

    private static StatisticsPeriod of(String kind, String label, LocalDate first, LocalDate last, ZoneId zone) {
        return new StatisticsPeriod(kind, label, first, last, zone, first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private static int startYear(String value) {
        Matcher m = SCHOOL_YEAR.matcher(value.strip());
        if (!m.matches() || m.group(2) != null && Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
            throw new InvalidRequestException("value", "a school year such as 2026-2027", value);
        }
        return Integer.parseInt(m.group(1));
    }

    private static String required(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(parameter, "required for a custom period (yyyy-MM-dd)", value);
        }
        return value;
    }

    private static LocalDate date(String parameter, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(parameter, "a date yyyy-MM-dd", value);
        }
    }

    private static YearMonth yearMonth(String value) {
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("value", "a month yyyy-MM", value);
        }
    }
}
