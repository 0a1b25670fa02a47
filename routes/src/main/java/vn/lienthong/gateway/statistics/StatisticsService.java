package vn.lienthong.gateway.statistics;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lienthong.gateway.audit.AuditLog;
import vn.lienthong.gateway.deadlines.AgencyNames;

/**
 * Builds statistics reports and writes one audit row per read, whoever reads (the console, the admin API, the
 * IOC's key): the figures the department answers for are handed out on the record.
 */
@Service
public class StatisticsService {

    /** The audit action of a read. */
    public static final String AUDIT_ACTION = "STATISTICS_READ";
    /** A trend shorter than this shows this many months up to the period's end. */
    static final int TREND_MONTHS = 12;
    /** A trend never goes back further than this many months. */
    static final int MAX_TREND_MONTHS = 36;

    private final StatisticsFigures figures;
    private final AgencyNames names;
    private final AuditLog audit;
    private final Clock clock;

    public StatisticsService(StatisticsFigures figures, AgencyNames names, AuditLog audit, Clock clock) {
        this.figures = figures;
        this.names = names;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The report, audited as read by {@code actor} through {@code channel} ({@code api}, {@code csv},
     * {@code console}) with the query it asked.
     */
    @Transactional
    public StatisticsReport read(String actor, String channel, StatisticsPeriod period, Grouping grouping,
                                 Direction direction) {
        audit.append(actor, AUDIT_ACTION, "statistics", null, channel + ": period " + period.label() + ", by "
                + grouping + (direction == null ? "" : ", " + direction));
        return report(period, grouping, direction);
    }

    StatisticsReport report(StatisticsPeriod period, Grouping grouping, Direction direction) {
        RollupPlan plan = figures.plan(period.firstDay(), period.lastDay(), period.zone());
        List<UnitStatistics> rows = new ArrayList<>();
        for (Direction side : direction == null ? Direction.values() : new Direction[] {direction}) {
            UnitDimension dimension = UnitDimension.of(side, grouping);
            figures.units(dimension, period, plan).stream()
                    .map(row -> row.named(name(grouping, row.unit())))
                    .sorted(Comparator.comparingLong(UnitStatistics::documents).reversed()
                            .thenComparing(UnitStatistics::unit))
                    .forEach(rows::add);
        }
        UnitStatistics totals = figures.units(UnitDimension.TOTAL, period, plan).stream()
                .findFirst().orElse(StatisticsAssembler.empty(null, "*"));
        return new StatisticsReport(period, grouping, clock.instant(), totals, rows, trend(period));
    }

    private String name(Grouping grouping, String unit) {
        return grouping == Grouping.AGENCY ? names.of(unit) : names.ofConnector(unit);
    }

    /** Month by month: the twelve months up to the period's last month, or the period's own when longer. */
    List<MonthTrend> trend(StatisticsPeriod period) {
        ZoneId zone = period.zone();
        YearMonth last = YearMonth.from(period.lastDay());
        YearMonth first = YearMonth.from(period.firstDay());
        if (first.plusMonths(TREND_MONTHS - 1).isAfter(last)) {
            first = last.minusMonths(TREND_MONTHS - 1);
        }
        if (first.plusMonths(MAX_TREND_MONTHS - 1).isBefore(last)) {
            first = last.minusMonths(MAX_TREND_MONTHS - 1);
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        Map<Integer, long[]> buckets = figures.monthBuckets(months, zone);
        List<MonthTrend> trend = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            long[] c = buckets.getOrDefault(i, new long[4]);
            trend.add(new MonthTrend(months.get(i).toString(), c[0], c[1], c[3], c[2]));
        }
        return trend;
    }
}
