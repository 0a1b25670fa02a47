package vn.lienthong.connectors.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the sizes of connector files, such as {@code 512KB}, {@code 10MB} or {@code 1GB}, with the binary multiples
 * Spring Boot gives {@code lienthong.intake.max-package-size} (1KB = 1024 bytes), so both read alike.
 */
public final class DataSizeText {

    /** Examples of valid sizes, for error messages. */
    public static final String EXAMPLES = "512KB, 10MB or 1GB";

    private static final Pattern SIZE = Pattern.compile("^(\\d{1,12})\\s*(B|KB|MB|GB)?$");

    private DataSizeText() {
    }

    /**
     * Parses {@code text} into bytes; a number without a unit is bytes.
     *
     * @throws IllegalArgumentException when {@code text} is not a size
     */
    public static long parse(String text) {
        Matcher matcher = SIZE.matcher(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("expected a size like " + EXAMPLES + ", was \"" + text + "\"");
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "B" : matcher.group(2);
        long multiplier = switch (unit) {
            case "KB" -> 1L << 10;
            case "MB" -> 1L << 20;
            case "GB" -> 1L << 30;
            default -> 1L;
        };
        return Math.multiplyExact(amount, multiplier);
    }
}
