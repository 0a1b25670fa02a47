package vn.lienthong.gateway.statistics;

import static vn.lienthong.gateway.store.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The counts of {@link UnitCounts} per day and unit over a run of consecutive days, each figure one pass over the
 * days' rows with the same tables, conditions and units as {@link StatisticsQueries}: what a refresh stores and what
 * a report counts live for the days not rolled up.
 */
@Repository
public class DailyQueries {

    /** Days counted apart in one pass: the day of a row is found by a {@code case} with one bound per day. */
    static final int MAX_DAYS = 31;

    private static final String DELIVERED = "case when d.state = 'DELIVERED' then 1 else 0 end";
    private static final String FAILED = "case when d.state in ('REJECTED', 'ABANDONED') then 1 else 0 end";
    private static final String DEAD = "case when d.state = 'DEAD' then 1 else 0 end";

    private final JdbcClient jdbc;

    public DailyQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Unit by unit, each day of {@code days} (consecutive, at most {@link #MAX_DAYS}) that has any rows. */
    Map<LocalDate, Map<String, UnitCounts>> byDay(UnitDimension dimension, List<LocalDate> days, ZoneId zone) {
        if (days.size() > MAX_DAYS) {
            throw new IllegalArgumentException(days.size() + " days in one pass, at most " + MAX_DAYS);
        }
        List<Instant> bounds = new ArrayList<>();
        days.forEach(day -> bounds.add(day.atStartOfDay(zone).toInstant()));
        bounds.add(days.get(days.size() - 1).plusDays(1).atStartOfDay(zone).toInstant());
        Map<LocalDate, Map<String, UnitCounts>> counts = new HashMap<>();
        count(dimension, bounds).forEach((index, units) -> counts.put(days.get(index), units));
        return counts;
    }

    /** Unit by unit, the days from {@code first} to {@code last} (both included) together, however many. */
    Map<String, UnitCounts> together(UnitDimension dimension, LocalDate first, LocalDate last, ZoneId zone) {
        return count(dimension, List.of(first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant())).getOrDefault(0, new HashMap<>());
    }

    /** Unit by unit, per bucket from {@code bounds[i]} to {@code bounds[i + 1]}, those with any rows. */
    private Map<Integer, Map<String, UnitCounts>> count(UnitDimension dimension, List<Instant> bounds) {
        Map<Integer, Map<String, UnitCounts>> counts = new HashMap<>();
        Tally tally = (rs) -> counts.computeIfAbsent(rs.getInt(1), d -> new HashMap<>())
                .computeIfAbsent(rs.getString(2), u -> new UnitCounts());
        boolean received = dimension.direction == Direction.RECEIVED;
        grouped(bounds, "m.received_at", dimension.deliveryUnit, "count(*), sum(v), sum(g), sum(p), sum(ok), "
                        + "sum(ko), sum(dd)", StatisticsQueries.VALID + " as v, " + StatisticsQueries.BY_GATEWAY
                        + " as g, " + StatisticsQueries.PDF_SIGNED + " as p, " + DELIVERED + " as ok, " + FAILED
                        + " as ko, " + DEAD + " as dd", dimension.deliveries + " where m.kind = 'DOCUMENT'", "",
                rs -> {
                    UnitCounts c = tally.of(rs);
                    c.deliveries += rs.getLong(3);
                    if (received) {
                        c.documents += rs.getLong(3);
                        c.signedBySender += rs.getLong(4);
                        c.signedByGateway += rs.getLong(5);
                        c.pdfSigned += rs.getLong(6);
                    }
                    c.delivered += rs.getLong(7);
                    c.failed += rs.getLong(8);
                    c.dead += rs.getLong(9);
                });
        if (!received) {
            grouped(bounds, "m.received_at", dimension.documentUnit, "count(*), sum(v), sum(g), sum(p)",
                    StatisticsQueries.VALID + " as v, " + StatisticsQueries.BY_GATEWAY + " as g, "
                            + StatisticsQueries.PDF_SIGNED + " as p", "messages m where m.kind = 'DOCUMENT'", "",
                    rs -> {
                        UnitCounts c = tally.of(rs);
                        c.documents += rs.getLong(3);
                        c.signedBySender += rs.getLong(4);
                        c.signedByGateway += rs.getLong(5);
                        c.pdfSigned += rs.getLong(6);
                    });
        }
        grouped(bounds, "m.received_at", dimension.statusUnit, "c, count(*)", "s.status_code as c",
                dimension.statuses + " where 1 = 1", ", c",
                rs -> tally.of(rs).statuses.merge(rs.getString(3), rs.getLong(4), Long::sum));
        grouped(bounds, "dl.received_at", dimension.deadlineUnit, "k, st, count(*)", "dl.kind as k, dl.state as st",
                "deadlines dl where 1 = 1", ", k, st",
                rs -> tally.of(rs).deadlines[UnitCounts.slot(rs.getString(3), rs.getString(4))] += rs.getLong(5));
        grouped(bounds, "dl.received_at", dimension.deadlineUnit, "k, h, count(*)", "dl.kind as k, "
                        + AnswerTimeHistogram.bucketSql("dl.elapsed_seconds") + " as h",
                "deadlines dl where dl.elapsed_seconds is not null and dl.kind in ('ACKNOWLEDGEMENT', "
                        + "'REGISTRATION')", ", k, h",
                rs -> tally.of(rs).times(rs.getString(3)).add(rs.getInt(4), rs.getLong(5)));
        return counts;
    }

    /** The unit counts of the result row's day (column 1) and unit (column 2). */
    private interface Tally {
        UnitCounts of(ResultSet rs) throws SQLException;
    }

    /** A row handler that may throw, as JDBC's getters do. */
    private interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    /**
     * {@code select day, unit, <sums> from (select <day bucket>, <unit>, <columns> from <fromWhere> and <column> in
     * the days) group by day, unit<more>}.
     */
    private void grouped(List<Instant> bounds, String column, String unit, String sums, String columns,
                         String fromWhere, String moreGroups, RowHandler handler) {
        List<Object> params = new ArrayList<>();
        String day = StatisticsQueries.bucket(column, bounds, params);
        params.add(utc(bounds.get(0)));
        params.add(utc(bounds.get(bounds.size() - 1)));
        jdbc.sql("select b, u, " + sums + " from (select " + day + " as b, " + UnitDimension.select(unit) + " as u, "
                        + columns + " from " + fromWhere + " and " + column + " >= ? and " + column + " < ?) t "
                        + "group by b, u" + moreGroups)
                .params(params)
                .query((rs, n) -> {
                    handler.handle(rs);
                    return n;
                })
                .list();
    }
}
