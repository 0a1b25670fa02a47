package vn.lienthong.schemas.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * One reason a package was refused, worded so a person can act on it: which element, which rule, what value.
 *
 * @param element path of the offending element, e.g. {@code MessageHeader/To[2]/OrganId}, or
 *                {@code (document)} when the problem is the document as a whole
 * @param rule    rule text starting with the rule id, optionally followed by its parameter,
 *                e.g. {@code required}, {@code max-length 500}, {@code date-format yyyy/MM/dd}
 * @param value   the offending value (empty when the element is missing)
 */
public record Violation(String element, String rule, String value) implements Serializable {

    /** Values quoted back are cut here so a 50 MB attachment never ends up in a log line or an HTTP reply. */
    public static final int MAX_QUOTED_CODE_POINTS = 100;

    public Violation {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(rule, "rule");
        value = value == null ? "" : value;
    }

    /** A violation whose value is cut to {@link #MAX_QUOTED_CODE_POINTS} code points, marked with "…". */
    public static Violation of(String element, String rule, String value) {
        return new Violation(element, rule, truncate(value));
    }

    /** The rule id alone, without its parameter: {@code max-length 500} gives {@code max-length}. */
    public String ruleId() {
        int space = rule.indexOf(' ');
        return space < 0 ? rule : rule.substring(0, space);
    }

    @Override
    public String toString() {
        return value.isEmpty()
                ? element + ": " + rule
                : element + ": " + rule + " (was \"" + value + "\")";
    }

    static String truncate(String value) {
        if (value == null || value.codePointCount(0, value.length()) <= MAX_QUOTED_CODE_POINTS) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, MAX_QUOTED_CODE_POINTS)) + "…";
    }
}
