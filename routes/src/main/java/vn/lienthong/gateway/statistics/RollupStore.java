package vn.lienthong.gateway.statistics;

import static vn.lienthong.gateway.store.Timestamps.instant;
import static vn.lienthong.gateway.store.Timestamps.utc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The rollup tables of V14__statistics_rollups.sql: day rows, the days rolled up, and the refresh's watermark. */
@Repository
public class RollupStore {

    /** The zone the rollups' days are read in, the department's (StatisticsPeriod.zone() of every report). */
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final String COLUMNS = "received_day, unit, documents, signed_by_sender, signed_by_gateway, "
            + "pdf_signed, deliveries, delivered, failed, dead, statuses, acknowledgement_times, registration_times, "
            + deadlineColumns();

    /** Documents looked up by id in one statement. */
    private static final int ID_BATCH = 500;
    private static final int DEADLINE_COLUMNS = UnitCounts.KINDS.size() * UnitCounts.STATES.size();

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;

    public RollupStore(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** {@code acknowledgement_on_time, acknowledgement_late, …, handling_cancelled}, in UnitCounts' slot order. */
    private static String deadlineColumns() {
        List<String> columns = new ArrayList<>();
        UnitCounts.KINDS.forEach(kind -> UnitCounts.STATES.forEach(state ->
                columns.add((kind + "_" + state).toLowerCase(java.util.Locale.ROOT))));
        return String.join(", ", columns);
    }

    /** A row's values with its deadline counts (the last value) spread into columns. */
    private static Object[] flat(Object[] row) {
        long[] deadlines = (long[]) row[row.length - 1];
        Object[] flat = new Object[row.length - 1 + deadlines.length];
        System.arraycopy(row, 0, flat, 0, row.length - 1);
        for (int i = 0; i < deadlines.length; i++) {
            flat[row.length - 1 + i] = deadlines[i];
        }
        return flat;
    }

    /** Every change stamped before this is in the rollups; empty before the first refresh has finished. */
    Optional<Instant> changesFrom() {
        return jdbc.sql("select changes_from from statistics_rollup where id = 1")
                .query((rs, n) -> instant(rs.getObject(1, OffsetDateTime.class))).optional();
    }

    void changesFrom(Instant mark) {
        transaction.executeWithoutResult(status -> {
            if (jdbc.sql("update statistics_rollup set changes_from = ? where id = 1").param(utc(mark)).update() == 0) {
                jdbc.sql("insert into statistics_rollup (id, changes_from) values (1, ?)").param(utc(mark)).update();
            }
        });
    }

    /** The day the first document was received, if any. */
    Optional<LocalDate> firstDay() {
        return jdbc.sql("select min(received_at) from messages")
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).optional()
                .filter(at -> at != null).map(at -> LocalDate.ofInstant(at.toInstant(), ZONE));
    }

    /** The days rolled up from {@code first} to {@code last}, both included. */
    Set<LocalDate> rolledDays(LocalDate first, LocalDate last) {
        return new TreeSet<>(jdbc.sql("select received_day from statistics_rolled_days "
                        + "where received_day >= ? and received_day <= ?")
                .params(first, last).query((rs, n) -> rs.getObject(1, LocalDate.class)).list());
    }

    /**
     * The days, among the documents received from {@code from} to {@code to}, with a row that counts towards them
     * stamped at or after {@code since}: the document, a delivery of it, a status about it, or one of its deadlines.
     * Each table is read by its change stamp's index alone, one statement each (the rows changed since the last
     * refresh are few), and the documents they belong to by their ids: given joins or more conditions, H2 reads
     * the whole period instead.
     */
    Set<LocalDate> changedDays(Instant since, Instant from, Instant to) {
        Set<Instant> received = new HashSet<>();
        jdbc.sql("select received_at, kind from messages where updated_at >= ?").param(utc(since))
                .query(rs -> {
                    if ("DOCUMENT".equals(rs.getString(2))) {
                        received.add(instant(rs.getObject(1, OffsetDateTime.class)));
                    }
                });
        jdbc.sql("select received_at from deadlines where updated_at >= ?").param(utc(since))
                .query(rs -> {
                    received.add(instant(rs.getObject(1, OffsetDateTime.class)));
                });
        Set<String> documents = new HashSet<>();
        documents.addAll(jdbc.sql("select message_id from deliveries where updated_at >= ?").param(utc(since))
                .query(String.class).list());
        documents.addAll(jdbc.sql("select message_id from statuses where received_at >= ?").param(utc(since))
                .query(String.class).list());
        List<String> ids = new ArrayList<>(documents);
        for (int start = 0; start < ids.size(); start += ID_BATCH) {
            jdbc.sql("select received_at from messages where id in (:ids)")
                    .param("ids", ids.subList(start, Math.min(ids.size(), start + ID_BATCH)))
                    .query(rs -> {
                        received.add(instant(rs.getObject(1, OffsetDateTime.class)));
                    });
        }
        Set<LocalDate> days = new TreeSet<>();
        received.stream().filter(at -> !at.isBefore(from) && at.isBefore(to))
                .forEach(at -> days.add(LocalDate.ofInstant(at, ZONE)));
        return days;
    }

    /** Replaces the rows of {@code days} (rolled up as of {@code at}) by {@code counts}, in one transaction. */
    void replace(List<LocalDate> days, Map<UnitDimension, Map<LocalDate, Map<String, UnitCounts>>> counts,
                 Instant at) {
        LocalDate first = days.get(0);
        LocalDate last = days.get(days.size() - 1);
        List<Object[]> rows = new ArrayList<>();
        counts.forEach((dimension, byDay) -> byDay.forEach((day, units) -> units.forEach((unit, c) ->
                rows.add(new Object[] {dimension.name(), day, unit, c.documents, c.signedBySender, c.signedByGateway,
                        c.pdfSigned, c.deliveries, c.delivered, c.failed, c.dead, Counts.encode(c.statuses),
                        c.acknowledgementTimes.encode(), c.registrationTimes.encode(), c.deadlines}))));
        List<Object[]> rolled = days.stream().map(day -> new Object[] {day, utc(at)}).toList();
        transaction.executeWithoutResult(status -> {
            for (UnitDimension dimension : UnitDimension.values()) {
                jdbc.sql("delete from statistics_days where dimension = ? and received_day >= ? and received_day <= ?")
                        .params(dimension.name(), first, last).update();
            }
            jdbc.sql("delete from statistics_rolled_days where received_day >= ? and received_day <= ?")
                    .params(first, last).update();
            batch.batchUpdate("insert into statistics_days (dimension, " + COLUMNS + ") values (?"
                    + ", ?".repeat(13 + DEADLINE_COLUMNS) + ")", rows.stream().map(RollupStore::flat).toList());
            batch.batchUpdate("insert into statistics_rolled_days (received_day, rolled_at) values (?, ?)", rolled);
        });
    }

    /** The rows of {@code dimension} on {@code days}, summed by unit. */
    Map<String, UnitCounts> sum(UnitDimension dimension, Set<LocalDate> days) {
        Map<String, UnitCounts> units = new HashMap<>();
        if (days.isEmpty()) {
            return units;
        }
        TreeSet<LocalDate> sorted = new TreeSet<>(days);
        jdbc.sql("select " + COLUMNS + " from statistics_days where dimension = ? and received_day >= ? "
                        + "and received_day <= ?")
                .params(dimension.name(), sorted.first(), sorted.last())
                .query((rs, n) -> {
                    if (!days.contains(rs.getObject(1, LocalDate.class))) {
                        return n;
                    }
                    UnitCounts c = units.computeIfAbsent(rs.getString(2), u -> new UnitCounts());
                    c.documents += rs.getLong(3);
                    c.signedBySender += rs.getLong(4);
                    c.signedByGateway += rs.getLong(5);
                    c.pdfSigned += rs.getLong(6);
                    c.deliveries += rs.getLong(7);
                    c.delivered += rs.getLong(8);
                    c.failed += rs.getLong(9);
                    c.dead += rs.getLong(10);
                    Counts.decode(rs.getString(11)).forEach((code, count) -> c.statuses.merge(code, count, Long::sum));
                    c.acknowledgementTimes.addEncoded(rs.getString(12));
                    c.registrationTimes.addEncoded(rs.getString(13));
                    for (int i = 0; i < DEADLINE_COLUMNS; i++) {
                        c.deadlines[i] += rs.getLong(14 + i);
                    }
                    return n;
                })
                .list();
        return units;
    }
}
