package vn.lienthong.gateway.deadlines;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the dated lists of the calendar's configuration: single dates and inclusive ranges such as Tết's. */
final class CalendarDates {

    /** A stretch longer than this is a typing error (a wrong year), not a holiday. */
    private static final int MAX_RANGE_DAYS = 31;

    private CalendarDates() {
    }

    static Set<LocalDate> parse(String property, List<String> entries) {
        Set<LocalDate> dates = new HashSet<>();
        for (String entry : entries) {
            if (entry.isBlank()) {
                continue;
            }
            String[] ends = entry.strip().split("\\.\\.", 2);
            LocalDate first = date(property, entry, ends[0]);
            LocalDate last = ends.length == 2 ? date(property, entry, ends[1]) : first;
            if (last.isBefore(first) || first.plusDays(MAX_RANGE_DAYS).isBefore(last)) {
                throw new IllegalArgumentException(property + ": '" + entry + "' is not a range of at most "
                        + MAX_RANGE_DAYS + " days in order");
            }
            first.datesUntil(last.plusDays(1)).forEach(dates::add);
        }
        return dates;
    }

    private static LocalDate date(String property, String entry, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(property + ": '" + entry + "' is not a date yyyy-MM-dd or a range "
                    + "yyyy-MM-dd..yyyy-MM-dd", e);
        }
    }
}
