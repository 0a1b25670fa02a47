package vn.lienthong.gateway.console;

import java.util.Comparator;
import java.util.List;

import vn.lienthong.gateway.statistics.Direction;
import vn.lienthong.gateway.statistics.MonthTrend;
import vn.lienthong.gateway.statistics.StatisticsReport;
import vn.lienthong.gateway.statistics.UnitStatistics;

/** What the console's statistics page draws from a report: the late-registration and signed-share bars, the trend. */
public record StatisticsPage(StatisticsReport report, UnitBarChart lateRegistrations, UnitBarChart signedShare,
                             TrendChart trend) {

    static final int CHART_WIDTH = 900;
    static final int MAX_BARS = 15;

    static StatisticsPage of(StatisticsReport report) {
        List<UnitStatistics> late = report.rows().stream().filter(r -> r.direction() == Direction.RECEIVED)
                .filter(r -> lateOrOverdue(r) > 0)
                .sorted(Comparator.comparingLong(StatisticsPage::lateOrOverdue).reversed()).toList();
        List<UnitStatistics> senders = report.rows().stream().filter(r -> r.direction() == Direction.SENT)
                .filter(r -> r.documents() > 0)
                .sorted(Comparator.comparingDouble((UnitStatistics r) -> r.signedShare()).reversed()).toList();
        List<MonthTrend> months = report.trend();
        return new StatisticsPage(report,
                UnitBarChart.of(late.stream().map(StatisticsPage::label).toList(),
                        late.stream().map(r -> (double) lateOrOverdue(r)).toList(),
                        late.stream().map(r -> String.valueOf(lateOrOverdue(r))).toList(), CHART_WIDTH, MAX_BARS),
                UnitBarChart.of(senders.stream().map(StatisticsPage::label).toList(),
                        senders.stream().map(r -> r.signedShare() * 100).toList(),
                        senders.stream().map(r -> Math.round(r.signedShare() * 100) + "%").toList(), CHART_WIDTH,
                        MAX_BARS),
                TrendChart.of(months.stream().map(MonthTrend::month).toList(),
                        months.stream().map(MonthTrend::documents).toList(),
                        months.stream().map(MonthTrend::registrationOnTimeShare).toList(), CHART_WIDTH, 220));
    }

    private static long lateOrOverdue(UnitStatistics row) {
        return row.registration().late() + row.registration().overdue();
    }

    private static String label(UnitStatistics row) {
        return row.name() == null ? row.unit() : row.name() + " (" + row.unit() + ")";
    }

    /** A share as the page prints it, {@code 87%}, or a dash without any. */
    public static String percent(Double share) {
        return share == null ? "–" : Math.round(share * 100) + "%";
    }
}
