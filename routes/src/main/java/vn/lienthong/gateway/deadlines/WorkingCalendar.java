package vn.lienthong.gateway.deadlines;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The department's working time: which days are worked (weekdays, less public holidays, plus any compensatory
 * working dates), the hours of a working day, and the zone they are read in. Deadlines are counted on it.
 */
public final class WorkingCalendar {

    /** A calendar without a working day in ten years is a configuration error, not a reason to loop for ever. */
    private static final int MAX_DAYS = 3660;

    private final ZoneId zone;
    private final Set<DayOfWeek> workingDays;
    private final List<WorkingHours> hours;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workingDates;

    WorkingCalendar(ZoneId zone, Set<DayOfWeek> workingDays, List<WorkingHours> hours, Set<LocalDate> holidays,
                    Set<LocalDate> workingDates) {
        if (workingDays.isEmpty() && workingDates.isEmpty()) {
            throw new IllegalArgumentException("lienthong.deadlines.calendar: no working day at all");
        }
        if (hours.isEmpty()) {
            throw new IllegalArgumentException("lienthong.deadlines.calendar.hours: no working hours");
        }
        List<WorkingHours> sorted = new ArrayList<>(hours);
        sorted.sort(Comparator.comparing(WorkingHours::start));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start().compareTo(sorted.get(i - 1).end()) < 0) {
                throw new IllegalArgumentException("lienthong.deadlines.calendar.hours: periods overlap");
            }
        }
        this.zone = zone;
        this.workingDays = workingDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(workingDays);
        this.hours = List.copyOf(sorted);
        this.holidays = Set.copyOf(holidays);
        this.workingDates = Set.copyOf(workingDates);
    }

    public ZoneId zone() {
        return zone;
    }

    /** A weekday of the working week that is not a holiday, or a compensatory working date. */
    public boolean isWorkingDate(LocalDate date) {
        return workingDates.contains(date) || workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /** When {@code term} runs out for something that arrived at {@code from}. */
    public Instant due(Instant from, DeadlineTerm term) {
        return term.workingTime() != null ? plusWorkingTime(from, term.workingTime())
                : endOfWorkingDay(from, term.workingDays());
    }

    /**
     * The instant at which {@code amount} of working time has passed since {@code from}: time outside working
     * hours, at weekends and on holidays does not count. A deadline that uses up a morning exactly ends at the
     * morning's end, not after lunch.
     */
    public Instant plusWorkingTime(Instant from, Duration amount) {
        if (amount.isZero()) {
            return from;
        }
        ZonedDateTime start = from.atZone(zone);
        LocalDate date = start.toLocalDate();
        Duration cursor = Duration.ofNanos(start.toLocalTime().toNanoOfDay());
        Duration remaining = amount;
        for (int day = 0; day < MAX_DAYS; day++, date = date.plusDays(1), cursor = Duration.ZERO) {
            if (!isWorkingDate(date)) {
                continue;
            }
            for (WorkingHours period : hours) {
                Duration begin = cursor.compareTo(period.start()) > 0 ? cursor : period.start();
                if (begin.compareTo(period.end()) >= 0) {
                    continue;
                }
                Duration available = period.end().minus(begin);
                if (remaining.compareTo(available) <= 0) {
                    return at(date, begin.plus(remaining));
                }
                remaining = remaining.minus(available);
            }
        }
        throw new IllegalStateException("no working time within " + MAX_DAYS + " days of " + from);
    }

    /**
     * The end of the {@code daysAfter}-th working day after the day something arriving at {@code from} counts as
     * arrived on: that day itself when it is a working day and its hours have not ended yet, else the next
     * working day. {@code 0} is "by the end of the day of arrival", {@code 1} "by the end of the next working day".
     */
    public Instant endOfWorkingDay(Instant from, int daysAfter) {
        ZonedDateTime start = from.atZone(zone);
        LocalDate date = start.toLocalDate();
        Duration closing = hours.get(hours.size() - 1).end();
        if (!isWorkingDate(date) || Duration.ofNanos(start.toLocalTime().toNanoOfDay()).compareTo(closing) >= 0) {
            date = nextWorkingDate(date.plusDays(1));
        }
        for (int i = 0; i < daysAfter; i++) {
            date = nextWorkingDate(date.plusDays(1));
        }
        return at(date, closing);
    }

    /**
     * The last second of a calendar day in the department's zone: a document due on that date may be finished all
     * day, and the console shows the date it was due on, not the next day's midnight.
     */
    public Instant endOfDay(LocalDate date) {
        return date.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
    }

    private LocalDate nextWorkingDate(LocalDate from) {
        LocalDate date = from;
        for (int day = 0; day < MAX_DAYS; day++, date = date.plusDays(1)) {
            if (isWorkingDate(date)) {
                return date;
            }
        }
        throw new IllegalStateException("no working day within " + MAX_DAYS + " days of " + from);
    }

    private Instant at(LocalDate date, Duration sinceMidnight) {
        return date.atStartOfDay().plus(sinceMidnight).atZone(zone).toInstant();
    }
}
