package vn.lienthong.gateway.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a range of days is counted: the days rolled up and clean are summed from statistics_days, every other day
 * (today, days changed since the last refresh, days never rolled up) is counted live, in runs of consecutive days.
 *
 * @param first the first day of the range
 * @param last the last day, included
 * @param rolledUp the days read from the rollups
 */
record RollupPlan(LocalDate first, LocalDate last, Set<LocalDate> rolledUp) {

    /** Every day live. */
    static RollupPlan live(LocalDate first, LocalDate last) {
        return new RollupPlan(first, last, Set.of());
    }

    boolean usesRollups() {
        return !rolledUp.isEmpty();
    }

    /** The days counted live, each run as its first and last day. */
    List<LocalDate[]> liveRuns() {
        List<LocalDate[]> runs = new ArrayList<>();
        LocalDate start = null;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            boolean live = !rolledUp.contains(day);
            if (live && start == null) {
                start = day;
            } else if (!live && start != null) {
                runs.add(new LocalDate[] {start, day.minusDays(1)});
                start = null;
            }
        }
        if (start != null) {
            runs.add(new LocalDate[] {start, last});
        }
        return runs;
    }

    /** The same plan restricted to the days from {@code from} to {@code to}, both included. */
    RollupPlan within(LocalDate from, LocalDate to) {
        return new RollupPlan(from, to, new TreeSet<>(rolledUp).subSet(from, true, to, true));
    }
}
