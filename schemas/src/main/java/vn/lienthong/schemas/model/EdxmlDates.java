package vn.lienthong.schemas.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Optional;

/**
 * The date and time spellings edXML producers write (docs/formats/EDXML-PRODUCERS.md), in one place: the canonical
 * {@code yyyy/MM/dd} and {@code yyyy/MM/dd HH:mm:ss} of the standard, and the day-first forms Bkav's SDK writes.
 */
public final class EdxmlDates {

    public static final String DATE_PATTERN = "yyyy/MM/dd";
    public static final String TIMESTAMP_PATTERN = "yyyy/MM/dd HH:mm:ss";

    /** How a date rule names what it accepts, canonical form first. */
    public static final String DATE_FORMATS = DATE_PATTERN + " (or dd/MM/yyyy)";
    public static final String TIMESTAMP_FORMATS = TIMESTAMP_PATTERN + " (or dd/MM/yyyy HH:mm:ss)";
    /** ResponseFor/PromulgationDate: a date, or a date-time as JAXB-built statuses write it. */
    public static final String DATE_OR_TIMESTAMP_FORMATS = DATE_PATTERN + " (or dd/MM/yyyy, or either with HH:mm:ss)";

    // uuuu rather than yyyy because STRICT resolution of yyyy would also demand an era.
    private static final DateTimeFormatter DATE = strict("uuuu/MM/dd");
    private static final DateTimeFormatter TIMESTAMP = strict("uuuu/MM/dd HH:mm:ss");
    private static final List<DateTimeFormatter> DATES = List.of(DATE, strict("dd/MM/uuuu"));
    private static final List<DateTimeFormatter> TIMESTAMPS = List.of(TIMESTAMP, strict("dd/MM/uuuu HH:mm:ss"));

    private EdxmlDates() {
    }

    /** The date written in one of the accepted date forms. */
    public static Optional<LocalDate> date(String text) {
        return parse(text, DATES).map(LocalDate::from);
    }

    /** The date-time written in one of the accepted timestamp forms. */
    public static Optional<LocalDateTime> timestamp(String text) {
        return parse(text, TIMESTAMPS).map(LocalDateTime::from);
    }

    /** The date of a date or of a date-time, whichever accepted form it is written in. */
    public static Optional<LocalDate> dateOrTimestamp(String text) {
        return date(text).or(() -> timestamp(text).map(LocalDateTime::toLocalDate));
    }

    public static String canonical(LocalDate date) {
        return DATE.format(date);
    }

    public static String canonical(LocalDateTime timestamp) {
        return TIMESTAMP.format(timestamp);
    }

    private static Optional<TemporalAccessor> parse(String text, List<DateTimeFormatter> forms) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        for (DateTimeFormatter form : forms) {
            try {
                return Optional.of(form.parse(value));
            } catch (DateTimeParseException e) {
                // Try the next accepted form.
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }
}
