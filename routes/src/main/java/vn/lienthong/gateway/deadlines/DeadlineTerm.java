package vn.lienthong.gateway.deadlines;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.convert.DurationStyle;

/**
 * How long a recipient has to answer, in one of the two ways offices count it: an amount of working time
 * ({@code 4h}: four working hours after delivery) or a number of working days ({@code 1 working day}: by the end
 * of the working day after the one the document arrived on; {@code 0 working days}: by the end of that same day).
 *
 * @param workingTime the working time allowed, or null when counted in days
 * @param workingDays the working days allowed after the day of arrival, or null when counted in time
 */
public record DeadlineTerm(Duration workingTime, Integer workingDays) {

    private static final Pattern DAYS = Pattern.compile("(\\d+)\\s*working[ -]days?");

    public DeadlineTerm {
        if ((workingTime == null) == (workingDays == null)) {
            throw new IllegalArgumentException("a deadline is either working time or working days");
        }
        if (workingTime != null && workingTime.isNegative() || workingDays != null && workingDays < 0) {
            throw new IllegalArgumentException("a deadline cannot be negative");
        }
    }

    public static DeadlineTerm ofWorkingTime(Duration time) {
        return new DeadlineTerm(time, null);
    }

    public static DeadlineTerm ofWorkingDays(int days) {
        return new DeadlineTerm(null, days);
    }

    /**
     * Reads {@code 4h}, {@code 30m}, {@code PT2H} (working time) or {@code 1 working day}, {@code 0 working days}
     * (working days); the binder of {@code lienthong.deadlines.*} calls it for every term.
     */
    public static DeadlineTerm valueOf(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        Matcher days = DAYS.matcher(value);
        if (days.matches()) {
            return ofWorkingDays(Integer.parseInt(days.group(1)));
        }
        try {
            return ofWorkingTime(DurationStyle.detectAndParse(value));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a deadline: write working time such as 4h or "
                    + "30m, or working days such as '1 working day'", e);
        }
    }

    @Override
    public String toString() {
        return workingTime != null ? DurationStyle.SIMPLE.print(workingTime)
                : workingDays + (workingDays == 1 ? " working day" : " working days");
    }
}
