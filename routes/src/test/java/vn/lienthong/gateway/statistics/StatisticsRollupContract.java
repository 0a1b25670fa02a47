package vn.lienthong.gateway.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.gateway.deadlines.DeadlineState;
import vn.lienthong.gateway.deadlines.DeadlineStore;
import vn.lienthong.gateway.support.AdjustableClock;
import vn.lienthong.gateway.store.Timestamps;

/**
 * Reports summed from the per-day rollups give exactly the live queries' counts (answer-time percentiles within
 * {@link AnswerTimeHistogram#RELATIVE_ERROR}) on a generated school year, before and after late changes to old
 * days (a delivery going dead, an overdue deadline answered late, a status about an old document) and the refresh
 * that follows them.
 */
abstract class StatisticsRollupContract {

    private static final int DELIVERIES = 6_000;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate YEAR_START = LocalDate.of(2025, 9, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 15);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    StatisticsQueries queries;
    @Autowired
    DailyQueries daily;
    @Autowired
    RollupStore store;
    @Autowired
    DeadlineStore deadlines;

    private final AdjustableClock clock = new AdjustableClock(TODAY.atTime(10, 0).atZone(VIETNAM).toInstant());
    private StatisticsFigures figures;
    private RollupRefresh refresh;

    @BeforeEach
    void rollups() {
        figures = new StatisticsFigures(queries, daily, store, clock);
        refresh = new RollupRefresh(daily, store, new JdbcTemplateLockProvider(new JdbcTemplate(dataSource)), clock);
    }

    @Test
    void rollupsCountAsTheLiveQueriesBeforeAndAfterLateChangesToOldDays() throws SQLException {
        new GeneratedExchange(jdbc, isPostgres()).generate(DELIVERIES);
        jdbc.sql("analyze").update();
        assertThat(figures.plan(YEAR_START, TODAY, VIETNAM).usesRollups()).as("nothing rolled up yet").isFalse();

        RollupRefresh.Refreshed first = refresh.refreshNow();
        assertThat(first.days()).as("every day from the first document to yesterday")
                .isEqualTo((int) (TODAY.toEpochDay() - YEAR_START.toEpochDay()));
        assertThat(figures.plan(YEAR_START, TODAY.minusDays(1), VIETNAM).liveRuns()).isEmpty();
        assertSameAsLive();

        clock.advance(Duration.ofDays(1));
        Instant now = clock.instant();
        List<LocalDate> changed = lateChanges(now);
        RollupPlan dirty = figures.plan(YEAR_START, TODAY, VIETNAM);
        assertThat(dirty.liveRuns()).extracting(run -> run[0])
                .as("the changed days and today are counted live").containsAll(changed).contains(TODAY);
        assertThat(dirty.liveRuns()).allSatisfy(run -> assertThat(run[0]).isEqualTo(run[1]));
        assertSameAsLive();

        clock.advance(RollupRefresh.MARGIN.plusMinutes(1));
        RollupRefresh.Refreshed second = refresh.refreshNow();
        assertThat(second.days()).as("the changed days and the day that has become yesterday")
                .isEqualTo(changed.size() + 1);
        assertThat(figures.plan(YEAR_START, TODAY, VIETNAM).liveRuns()).isEmpty();
        assertSameAsLive();
        assertThat(refresh.refreshNow().days()).as("nothing changed since").isZero();

        clock.set(TODAY.minusDays(20).atStartOfDay(VIETNAM).toInstant());
        assertThat(figures.plan(YEAR_START, TODAY.minusDays(30), VIETNAM).usesRollups())
                .as("a clock put back behind the watermark would stamp changes the rollups miss").isFalse();
    }

    /** Three old days changed the way the gateway changes them, each stamped {@code now}; returns the days. */
    private List<LocalDate> lateChanges(Instant now) {
        String retrying = jdbc.sql("select d.id from deliveries d join messages m on m.id = d.message_id "
                        + "where d.state = 'RETRYING' and m.received_at >= ? order by m.received_at")
                .param(Timestamps.utc(LocalDate.of(2025, 10, 6).atStartOfDay(VIETNAM).toInstant()))
                .query(String.class).list().get(0);
        jdbc.sql("update deliveries set state = 'DEAD', updated_at = ? where id = ?")
                .params(Timestamps.utc(now), retrying).update();
        String overdue = jdbc.sql("select id from deadlines where state = 'OVERDUE' and kind = 'REGISTRATION' "
                        + "and received_at >= ? order by received_at")
                .param(Timestamps.utc(LocalDate.of(2026, 1, 12).atStartOfDay(VIETNAM).toInstant()))
                .query(String.class).list().get(0);
        assertThat(deadlines.close(overdue, DeadlineState.LATE, now, "03", 9_000_000L)).isTrue();
        String document = jdbc.sql("select id from messages where kind = 'DOCUMENT' and received_at >= ? "
                        + "order by received_at")
                .param(Timestamps.utc(LocalDate.of(2026, 4, 20).atStartOfDay(VIETNAM).toInstant()))
                .query(String.class).list().get(0);
        jdbc.sql("insert into messages (id, kind, channel, sender_connector, sender_agency, document_id, "
                        + "package_sha256, package_size, state, received_at, updated_at) values ('s-late', 'STATUS', "
                        + "'REST', 'connector-1', 'R1', ?, 'sha', 500, 'DELIVERED', ?, ?)")
                .params("doc-" + document.substring(2), Timestamps.utc(now), Timestamps.utc(now)).update();
        jdbc.sql("insert into statuses (id, message_id, recipient_agency, status_code, description, received_at, "
                        + "package_sha256) values ('s-late', ?, 'R1', '05', 'Đang xử lý muộn', ?, 'sha')")
                .params(document, Timestamps.utc(now)).update();
        return List.of(dayOf("select m.received_at from deliveries d join messages m on m.id = d.message_id "
                        + "where d.id = ?", retrying), dayOf("select received_at from deadlines where id = ?", overdue),
                dayOf("select received_at from messages where id = ?", document));
    }

    private LocalDate dayOf(String sql, String id) {
        return LocalDate.ofInstant(jdbc.sql(sql).param(id).query(java.time.OffsetDateTime.class).single().toInstant(),
                VIETNAM);
    }

    private void assertSameAsLive() {
        List<StatisticsPeriod> periods = List.of(StatisticsPeriod.schoolYear(2025, VIETNAM),
                StatisticsPeriod.month(YearMonth.of(2026, 1), VIETNAM),
                StatisticsPeriod.custom(LocalDate.of(2025, 10, 1), TODAY, VIETNAM));
        for (StatisticsPeriod period : periods) {
            RollupPlan plan = figures.plan(period.firstDay(), period.lastDay(), period.zone());
            assertThat(plan.usesRollups()).isTrue();
            for (UnitDimension dimension : UnitDimension.values()) {
                assertSame(period.label() + " " + dimension, figures.units(dimension, period, plan),
                        StatisticsAssembler.assemble(dimension, period, queries));
            }
        }
        List<YearMonth> months = new ArrayList<>();
        List<Instant> bounds = new ArrayList<>();
        for (YearMonth m = YearMonth.of(2025, 10); !m.isAfter(YearMonth.of(2026, 9)); m = m.plusMonths(1)) {
            months.add(m);
            bounds.add(m.atDay(1).atStartOfDay(VIETNAM).toInstant());
        }
        bounds.add(YearMonth.of(2026, 10).atDay(1).atStartOfDay(VIETNAM).toInstant());
        assertThat(trend(figures.monthBuckets(months, VIETNAM), months.size()))
                .isEqualTo(trend(queries.monthBuckets(bounds), months.size()));
    }

    /** The same units, the same counts, and percentiles within the histograms' error. */
    static void assertSame(String what, List<UnitStatistics> rolledUp, List<UnitStatistics> live) {
        List<UnitStatistics> rolled = byUnit(rolledUp);
        List<UnitStatistics> exact = byUnit(live);
        assertThat(rolled).as(what).isNotEmpty();
        assertThat(rolled.stream().map(StatisticsRollupContract::withoutTimes).toList()).as(what)
                .isEqualTo(exact.stream().map(StatisticsRollupContract::withoutTimes).toList());
        for (int i = 0; i < rolled.size(); i++) {
            String unit = what + " " + exact.get(i).unit();
            closeTo(unit + " acknowledgement median", rolled.get(i).acknowledgement().medianSeconds(),
                    exact.get(i).acknowledgement().medianSeconds());
            closeTo(unit + " acknowledgement p90", rolled.get(i).acknowledgement().p90Seconds(),
                    exact.get(i).acknowledgement().p90Seconds());
            closeTo(unit + " registration median", rolled.get(i).registration().medianSeconds(),
                    exact.get(i).registration().medianSeconds());
            closeTo(unit + " registration p90", rolled.get(i).registration().p90Seconds(),
                    exact.get(i).registration().p90Seconds());
        }
    }

    private static void closeTo(String what, Long approximate, Long exact) {
        if (exact == null) {
            assertThat(approximate).as(what).isNull();
            return;
        }
        assertThat(approximate).as(what).isCloseTo(exact,
                Offset.offset((long) Math.floor(AnswerTimeHistogram.RELATIVE_ERROR * Math.abs(exact)) + 1));
    }

    private static List<UnitStatistics> byUnit(List<UnitStatistics> rows) {
        return rows.stream().sorted(Comparator.comparing(UnitStatistics::unit)).toList();
    }

    private static UnitStatistics withoutTimes(UnitStatistics u) {
        return new UnitStatistics(u.direction(), u.unit(), u.name(), u.documents(), u.delivered(), u.failed(),
                u.dead(), u.pending(), u.signedBySender(), u.signedByGateway(), u.unsigned(), u.pdfSigned(),
                u.statuses(), counts(u.acknowledgement()), counts(u.registration()), counts(u.handling()));
    }

    private static DeadlineFigures counts(DeadlineFigures f) {
        return new DeadlineFigures(f.onTime(), f.late(), f.overdue(), f.open(), f.cancelled(), null, null);
    }

    static List<String> trend(Map<Integer, long[]> buckets, int months) {
        List<String> trend = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            trend.add(Arrays.toString(buckets.getOrDefault(i, new long[4])));
        }
        return trend;
    }

    private boolean isPostgres() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }
}
