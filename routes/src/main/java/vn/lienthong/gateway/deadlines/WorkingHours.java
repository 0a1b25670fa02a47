package vn.lienthong.gateway.deadlines;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One stretch of a working day, such as the morning {@code 07:30-11:30}, as times since midnight; the end may be
 * {@code 24:00}, so a calendar that works round the clock can be written too.
 */
record WorkingHours(Duration start, Duration end) {

    private static final Pattern PERIOD = Pattern.compile("(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})");
    private static final Duration DAY = Duration.ofHours(24);

    WorkingHours {
        if (start.isNegative() || end.compareTo(DAY) > 0 || start.compareTo(end) >= 0) {
            throw new IllegalArgumentException("working hours must start before they end, within one day");
        }
    }

    /** Reads {@code HH:mm-HH:mm}, naming the text in the error when it is not that. */
    static WorkingHours parse(String text) {
        Matcher m = PERIOD.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("lienthong.deadlines.calendar.hours: '" + text
                    + "' is not a period such as 07:30-11:30");
        }
        try {
            return new WorkingHours(time(m.group(1), m.group(2)), time(m.group(3), m.group(4)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("lienthong.deadlines.calendar.hours: '" + text + "': " + e.getMessage(),
                    e);
        }
    }

    private static Duration time(String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        if (m > 59 || h > 24 || h == 24 && m > 0) {
            throw new IllegalArgumentException("no such time of day");
        }
        return Duration.ofHours(h).plusMinutes(m);
    }

    Duration length() {
        return end.minus(start);
    }
}
