package vn.lienthong.gateway.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Puts the grouped counts of {@link StatisticsQueries}, or of the rollups, together into one row per unit. */
final class StatisticsAssembler {

    private StatisticsAssembler() {
    }

    static List<UnitStatistics> assemble(UnitDimension dimension, StatisticsPeriod period, StatisticsQueries queries) {
        Map<String, StatisticsQueries.DeliveryRow> deliveries = new HashMap<>();
        queries.deliveries(dimension, period.from(), period.to()).forEach(r -> deliveries.put(r.unit(), r));
        Map<String, Map<String, Long>> statuses = byUnit(queries.statuses(dimension, period.from(), period.to()));
        Map<String, Map<String, Long>> deadlines = byUnit(queries.deadlines(dimension, period.from(), period.to()));
        Map<String, StatisticsQueries.Percentiles> times = new HashMap<>();
        queries.answerTimes(dimension, period.from(), period.to()).forEach(p -> times.put(p.unit() + "/" + p.kind(), p));
        Set<String> units = new LinkedHashSet<>(deliveries.keySet());
        units.addAll(deadlines.keySet());
        List<UnitStatistics> rows = new ArrayList<>();
        for (String unit : units) {
            rows.add(row(dimension.direction, unit, deliveries.get(unit), statuses.getOrDefault(unit, Map.of()),
                    deadlines.getOrDefault(unit, Map.of()), times));
        }
        return rows;
    }

    /**
     * The rows of the units {@code counts} holds, as the live queries give them: a unit with neither deliveries nor
     * deadlines has no row, and the percentiles are read from the answer-time histograms.
     */
    static List<UnitStatistics> assemble(Direction direction, Map<String, UnitCounts> counts) {
        List<UnitStatistics> rows = new ArrayList<>();
        counts.forEach((unit, c) -> {
            if (c.deliveries == 0 && !c.hasDeadlines()) {
                return;
            }
            StatisticsQueries.DeliveryRow deliveries = c.deliveries == 0 ? null : new StatisticsQueries.DeliveryRow(
                    unit, c.documents, c.signedBySender, c.signedByGateway, c.pdfSigned, c.delivered, c.failed,
                    c.dead, c.deliveries);
            Map<String, StatisticsQueries.Percentiles> times = new HashMap<>();
            for (String kind : List.of("ACKNOWLEDGEMENT", "REGISTRATION")) {
                AnswerTimeHistogram histogram = c.times(kind);
                if (!histogram.isEmpty()) {
                    times.put(unit + "/" + kind, new StatisticsQueries.Percentiles(unit, kind,
                            histogram.percentile(0.5), histogram.percentile(0.9)));
                }
            }
            rows.add(row(direction, unit, deliveries, c.statuses, c.deadlineCounts(), times));
        });
        return rows;
    }

    static UnitStatistics empty(Direction direction, String unit) {
        return row(direction, unit, null, Map.of(), Map.of(), Map.of());
    }

    private static UnitStatistics row(Direction direction, String unit, StatisticsQueries.DeliveryRow d,
                                      Map<String, Long> statuses, Map<String, Long> deadlines,
                                      Map<String, StatisticsQueries.Percentiles> times) {
        StatisticsQueries.DeliveryRow counts = d != null ? d
                : new StatisticsQueries.DeliveryRow(unit, 0, 0, 0, 0, 0, 0, 0, 0);
        long pending = counts.deliveries() - counts.delivered() - counts.failed() - counts.dead();
        long unsigned = counts.documents() - counts.signedBySender() - counts.signedByGateway();
        return new UnitStatistics(direction, unit, null, counts.documents(), counts.delivered(), counts.failed(),
                counts.dead(), pending, counts.signedBySender(), counts.signedByGateway(), unsigned, counts.pdfSigned(),
                new TreeMap<>(statuses), figures("ACKNOWLEDGEMENT", deadlines, times.get(unit + "/ACKNOWLEDGEMENT")),
                figures("REGISTRATION", deadlines, times.get(unit + "/REGISTRATION")),
                figures("HANDLING", deadlines, null));
    }

    private static DeadlineFigures figures(String kind, Map<String, Long> counts,
                                           StatisticsQueries.Percentiles times) {
        return new DeadlineFigures(count(counts, kind, "ON_TIME"), count(counts, kind, "LATE"),
                count(counts, kind, "OVERDUE"), count(counts, kind, "OPEN"), count(counts, kind, "CANCELLED"),
                times == null ? null : times.median(), times == null ? null : times.p90());
    }

    private static long count(Map<String, Long> counts, String kind, String state) {
        return counts.getOrDefault(kind + "/" + state, 0L);
    }

    private static Map<String, Map<String, Long>> byUnit(List<StatisticsQueries.CodeCount> counts) {
        Map<String, Map<String, Long>> units = new HashMap<>();
        counts.forEach(c -> units.computeIfAbsent(c.unit(), u -> new HashMap<>()).merge(c.code(), c.count(), Long::sum));
        return units;
    }
}
