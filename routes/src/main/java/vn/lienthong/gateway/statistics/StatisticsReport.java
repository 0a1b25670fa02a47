package vn.lienthong.gateway.statistics;

import java.time.Instant;
import java.util.List;

/**
 * What {@code GET /api/admin/statistics} answers: the period, one row per unit and side, totals over all
 * documents, and a month-by-month trend.
 *
 * @param totals every document of the period once, whoever sent or received it
 * @param rows the units, by side then by number of documents
 * @param trend the twelve months up to the period's end, or the period's months when it is longer
 */
public record StatisticsReport(StatisticsPeriod period, Grouping grouping, Instant generatedAt,
                               UnitStatistics totals, List<UnitStatistics> rows, List<MonthTrend> trend) {
}
