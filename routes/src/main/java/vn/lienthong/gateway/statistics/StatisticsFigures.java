package vn.lienthong.gateway.statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Service;

/**
 * The figures of a report's units and of its trend: summed from the per-day rollups for the days rolled up and
 * still clean, counted live for the others, and wholly live (with exact percentiles) when no day of the period is
 * rolled up.
 */
@Service
public class StatisticsFigures {

    private final StatisticsQueries live;
    private final DailyQueries daily;
    private final RollupStore rollups;
    private final Clock clock;

    public StatisticsFigures(StatisticsQueries live, DailyQueries daily, RollupStore rollups, Clock clock) {
        this.live = live;
        this.daily = daily;
        this.rollups = rollups;
        this.clock = clock;
    }

    /**
     * Which days from {@code first} to {@code last} are read from the rollups: those rolled up, before today, with
     * no row stamped since the last refresh's watermark.
     */
    RollupPlan plan(LocalDate first, LocalDate last, ZoneId zone) {
        Instant now = clock.instant();
        // A clock put back behind the watermark (a test's, a host's corrected) stamps changes the rollups would miss.
        Optional<Instant> mark = zone.normalized().equals(RollupStore.ZONE.normalized())
                ? rollups.changesFrom().filter(at -> !at.isAfter(now)) : Optional.empty();
        LocalDate yesterday = LocalDate.ofInstant(now, zone).minusDays(1);
        LocalDate lastPast = last.isBefore(yesterday) ? last : yesterday;
        if (mark.isEmpty() || lastPast.isBefore(first)) {
            return RollupPlan.live(first, last);
        }
        Set<LocalDate> clean = new TreeSet<>(rollups.rolledDays(first, lastPast));
        if (!clean.isEmpty()) {
            clean.removeAll(rollups.changedDays(mark.get(), first.atStartOfDay(zone).toInstant(),
                    lastPast.plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return new RollupPlan(first, last, clean);
    }

    /** One row per unit of {@code dimension} over {@code period}, counted as {@code plan} says. */
    List<UnitStatistics> units(UnitDimension dimension, StatisticsPeriod period, RollupPlan plan) {
        if (!plan.usesRollups()) {
            return StatisticsAssembler.assemble(dimension, period, live);
        }
        return StatisticsAssembler.assemble(dimension.direction, counts(dimension, plan, period.zone()));
    }

    /** The units' counts over the plan's days: the rollups' days summed, plus each run of live days. */
    Map<String, UnitCounts> counts(UnitDimension dimension, RollupPlan plan, ZoneId zone) {
        Map<String, UnitCounts> units = rollups.sum(dimension, plan.rolledUp());
        for (LocalDate[] run : plan.liveRuns()) {
            daily.together(dimension, run[0], run[1], zone).forEach((unit, counts) ->
                    units.computeIfAbsent(unit, u -> new UnitCounts()).addAll(counts));
        }
        return units;
    }

    /**
     * Per month of {@code months} (consecutive): documents, signed documents, registrations judged, registrations
     * on time, as {@link StatisticsQueries#monthBuckets} counts them.
     */
    Map<Integer, long[]> monthBuckets(List<YearMonth> months, ZoneId zone) {
        RollupPlan plan = plan(months.get(0).atDay(1), months.get(months.size() - 1).atEndOfMonth(), zone);
        if (!plan.usesRollups()) {
            List<Instant> bounds = new java.util.ArrayList<>();
            months.forEach(m -> bounds.add(m.atDay(1).atStartOfDay(zone).toInstant()));
            bounds.add(months.get(months.size() - 1).plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
            return live.monthBuckets(bounds);
        }
        Map<Integer, long[]> buckets = new HashMap<>();
        for (int i = 0; i < months.size(); i++) {
            UnitCounts total = counts(UnitDimension.TOTAL, plan.within(months.get(i).atDay(1),
                    months.get(i).atEndOfMonth()), zone).getOrDefault("*", new UnitCounts());
            long judged = total.deadlines("REGISTRATION", "ON_TIME") + total.deadlines("REGISTRATION", "LATE")
                    + total.deadlines("REGISTRATION", "OVERDUE");
            buckets.put(i, new long[] {total.documents, total.signedBySender + total.signedByGateway, judged,
                    total.deadlines("REGISTRATION", "ON_TIME")});
        }
        return buckets;
    }
}
