package vn.lienthong.connectors.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and writes the durations of connector files, such as {@code 500ms}, {@code 2s}, {@code 5m} or {@code 1d}. */
public final class DurationText {

    /** Examples of valid durations, for error messages. */
    public static final String EXAMPLES = "500ms, 2s, 5m, 1h, 1d or PT2S";

    private static final String EXPECTED = "a duration like " + EXAMPLES;

    private static final Pattern SHORT_FORM = Pattern.compile("^(\\d{1,18})\\s*(ms|s|m|h|d)$");

    private DurationText() {
    }

    /**
     * Parses {@code text} in the short form (one whole number and a unit) or as ISO-8601 ({@code PT2S}).
     *
     * @throws IllegalArgumentException when {@code text} is neither
     */
    public static Duration parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("expected " + EXPECTED + ", was nothing");
        }
        String trimmed = text.trim();
        Matcher matcher = SHORT_FORM.matcher(trimmed);
        try {
            if (matcher.matches()) {
                return ofUnit(Long.parseLong(matcher.group(1)), matcher.group(2));
            }
            if (trimmed.toUpperCase(Locale.ROOT).startsWith("P")) {
                return Duration.parse(trimmed);
            }
        } catch (ArithmeticException | DateTimeParseException e) {
            // Too large to represent, or ISO-looking but malformed: the same advice applies to both.
            throw new IllegalArgumentException("expected " + EXPECTED + ", was \"" + text + "\"", e);
        }
        throw new IllegalArgumentException("expected " + EXPECTED + ", was \"" + text + "\"");
    }

    /** Writes {@code duration} in the largest short-form unit that represents it exactly, else as ISO-8601. */
    public static String format(Duration duration) {
        long seconds = duration.getSeconds();
        int nanos = duration.getNano();
        if (duration.isNegative() || nanos % 1_000_000 != 0 || seconds > Long.MAX_VALUE / 1000) {
            return duration.toString();
        }
        if (nanos != 0) {
            return (seconds * 1000 + nanos / 1_000_000) + "ms";
        }
        if (seconds == 0) {
            return "0s";
        }
        for (Unit unit : Unit.LARGEST_FIRST) {
            if (seconds % unit.seconds == 0) {
                return seconds / unit.seconds + unit.suffix;
            }
        }
        throw new AssertionError("the seconds unit divides every whole number of seconds");
    }

    private static Duration ofUnit(long amount, String suffix) {
        if (suffix.equals("ms")) {
            return Duration.ofMillis(amount);
        }
        for (Unit unit : Unit.LARGEST_FIRST) {
            if (unit.suffix.equals(suffix)) {
                return Duration.ofSeconds(Math.multiplyExact(amount, unit.seconds));
            }
        }
        throw new IllegalArgumentException("unknown unit " + suffix);
    }

    /** The whole-second units of the short form, so parsing and formatting share one table. */
    private enum Unit {
        DAY("d", 86_400), HOUR("h", 3_600), MINUTE("m", 60), SECOND("s", 1);

        static final List<Unit> LARGEST_FIRST = List.of(values());

        final String suffix;
        final long seconds;

        Unit(String suffix, long seconds) {
            this.suffix = suffix;
            this.seconds = seconds;
        }
    }
}
