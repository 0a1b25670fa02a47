package vn.lienthong.gateway.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.gateway.store.Timestamps;
import vn.lienthong.gateway.support.AdjustableClock;

/**
 * The statistics queries on a year of generated exchange, with and without the indexes of
 * V11__statistics_indexes.sql and from the per-day rollups of V14__statistics_rollups.sql, printing how long each
 * took; the answers must not depend on the indexes, and the rollups' must be the same (percentiles within
 * {@link AnswerTimeHistogram#RELATIVE_ERROR}). The
 * default scale keeps the suite quick; {@code -Dlienthong.statistics.scale=1000000} measures a year of a large
 * department (one million deliveries).
 */
abstract class StatisticsScaleContract {

    static final int SCALE = Integer.getInteger("lienthong.statistics.scale", 20_000);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern INDEX = Pattern.compile("create index (\\w+) on [^;]+", Pattern.CASE_INSENSITIVE);

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

    @Test
    void aYearOfExchangeIsCountedTheSameWithAndWithoutTheIndexesAndTheirTimesArePrinted() throws Exception {
        boolean postgres = isPostgres();
        long started = System.nanoTime();
        new GeneratedExchange(jdbc, postgres).generate(SCALE);
        analyze(postgres);
        System.out.printf("statistics scale %s: %d deliveries generated in %d ms%n", vendor(postgres), SCALE,
                (System.nanoTime() - started) / 1_000_000);
        List<String> indexes = v11Indexes();
        indexes.forEach(index -> jdbc.sql("drop index " + INDEX.matcher(index).replaceFirst("$1")).update());
        analyze(postgres);
        Map<String, Object> without = new LinkedHashMap<>();
        Map<String, Long> timesWithout = measure(without);
        indexes.forEach(index -> jdbc.sql(index).update());
        analyze(postgres);
        Map<String, Object> with = new LinkedHashMap<>();
        Map<String, Long> timesWith = measure(with);

        assertThat(with).isEqualTo(without);
        timesWithout.forEach((query, ms) -> System.out.printf("statistics scale %s %d: %-34s %6d ms without, %6d ms "
                + "with V11 indexes%n", vendor(postgres), SCALE, query, ms, timesWith.get(query)));
        @SuppressWarnings("unchecked")
        List<UnitStatistics> total = (List<UnitStatistics>) with.get("school-year TOTAL");
        assertThat(total).singleElement().satisfies(t -> {
            assertThat(t.documents()).isEqualTo(SCALE / 2);
            assertThat(t.delivered() + t.failed() + t.dead() + t.pending()).isEqualTo(SCALE);
            assertThat(t.acknowledgement().overdue()).isPositive();
        });
        @SuppressWarnings("unchecked")
        List<UnitStatistics> recipients = (List<UnitStatistics>) with.get("school-year RECEIVED_AGENCY");
        assertThat(recipients).hasSize(Math.min(200, SCALE));
        rollups(postgres, with, timesWith);
    }

    /**
     * Rolls the year up, times the same reports from the rollups (and a whole school year's report as the service
     * builds it), checks they answer as the live queries did, and times the refresh of one changed day.
     */
    private void rollups(boolean postgres, Map<String, Object> live, Map<String, Long> liveTimes) {
        AdjustableClock clock = new AdjustableClock(LocalDate.of(2026, 9, 15).atTime(10, 0).atZone(VIETNAM)
                .toInstant());
        StatisticsFigures figures = new StatisticsFigures(queries, daily, store, clock);
        RollupRefresh refresh = new RollupRefresh(daily, store,
                new JdbcTemplateLockProvider(new JdbcTemplate(dataSource)), clock);
        RollupRefresh.Refreshed year = refresh.refreshNow();
        analyze(postgres);
        System.out.printf("statistics scale %s %d: rollup refresh of %d days took %d ms%n", vendor(postgres), SCALE,
                year.days(), year.millis());
        Map<String, Object> rolled = new LinkedHashMap<>();
        Map<String, Long> times = new LinkedHashMap<>();
        for (StatisticsPeriod period : periods()) {
            for (UnitDimension dimension : UnitDimension.values()) {
                String name = period.kind() + " " + dimension;
                times.put(name, best(() -> figures.units(dimension, period, figures.plan(period.firstDay(),
                        period.lastDay(), period.zone())), rolled, name));
                @SuppressWarnings("unchecked")
                List<UnitStatistics> exact = (List<UnitStatistics>) live.get(name);
                @SuppressWarnings("unchecked")
                List<UnitStatistics> approximate = (List<UnitStatistics>) rolled.get(name);
                StatisticsRollupContract.assertSame(name, approximate, exact);
            }
        }
        List<YearMonth> months = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            months.add(YearMonth.of(2025, 9).plusMonths(m));
        }
        times.put("trend of 12 months", best(() -> figures.monthBuckets(months, VIETNAM).entrySet().stream()
                .filter(e -> e.getValue()[0] > 0 || e.getValue()[2] > 0)
                .map(e -> e.getKey() + "=" + java.util.Arrays.toString(e.getValue())).sorted().toList(), rolled,
                "trend"));
        assertThat(rolled.get("trend")).isEqualTo(live.get("trend"));
        StatisticsPeriod schoolYear = StatisticsPeriod.schoolYear(2025, VIETNAM);
        long report = best(() -> {
            RollupPlan plan = figures.plan(schoolYear.firstDay(), schoolYear.lastDay(), VIETNAM);
            List<Object> all = new ArrayList<>();
            for (UnitDimension dimension : UnitDimension.values()) {
                all.add(figures.units(dimension, schoolYear, plan));
            }
            all.add(figures.monthBuckets(months, VIETNAM));
            return all;
        }, rolled, "school-year report");
        times.forEach((query, ms) -> System.out.printf("statistics scale %s %d: %-34s %6d ms live, %6d ms from "
                + "rollups%n", vendor(postgres), SCALE, query, liveTimes.get(query), ms));
        System.out.printf("statistics scale %s %d: a whole school year's report (4 groupings, totals, trend) from "
                + "rollups %d ms%n", vendor(postgres), SCALE, report);

        clock.advance(Duration.ofDays(1));
        jdbc.sql("update deliveries set state = 'DEAD', updated_at = ? where id = 'd-1000'")
                .param(Timestamps.utc(clock.instant())).update();
        clock.advance(RollupRefresh.MARGIN.plusMinutes(1));
        RollupRefresh.Refreshed day = refresh.refreshNow();
        System.out.printf("statistics scale %s %d: rollup refresh of %d changed day(s) took %d ms%n",
                vendor(postgres), SCALE, day.days(), day.millis());
        assertThat(day.days()).as("the changed day and the day that has become yesterday").isEqualTo(2);
    }

    private static List<StatisticsPeriod> periods() {
        return List.of(StatisticsPeriod.schoolYear(2025, VIETNAM), StatisticsPeriod.month(YearMonth.of(2026, 3),
                VIETNAM));
    }

    /** Each query of a year and of a month at its best of two runs, the answers kept to compare. */
    private Map<String, Long> measure(Map<String, Object> answers) {
        Map<String, Long> times = new LinkedHashMap<>();
        for (StatisticsPeriod period : periods()) {
            for (UnitDimension dimension : UnitDimension.values()) {
                String name = period.kind() + " " + dimension;
                times.put(name, best(() -> StatisticsAssembler.assemble(dimension, period, queries), answers, name));
            }
        }
        List<java.time.Instant> months = new ArrayList<>();
        for (int m = 0; m <= 12; m++) {
            months.add(LocalDate.of(2025, 9, 1).plusMonths(m).atStartOfDay(VIETNAM).toInstant());
        }
        times.put("trend of 12 months", best(() -> queries.monthBuckets(months).entrySet().stream()
                .map(e -> e.getKey() + "=" + java.util.Arrays.toString(e.getValue())).sorted().toList(), answers,
                "trend"));
        return times;
    }

    /** The best of two runs: the second one reads what the first brought into the database's cache. */
    private static long best(Supplier<Object> query, Map<String, Object> answers, String name) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 2; run++) {
            long start = System.nanoTime();
            answers.put(name, query.get());
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        System.out.printf("statistics scale: %s took %d ms%n", name, best);
        return best;
    }

    private static List<String> v11Indexes() throws IOException {
        try (InputStream in = StatisticsScaleContract.class.getClassLoader()
                .getResourceAsStream("db/migration/V11__statistics_indexes.sql")) {
            if (in == null) {
                return List.of();
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("--[^\\n]*", "");
            List<String> statements = new ArrayList<>();
            Matcher m = INDEX.matcher(sql);
            while (m.find()) {
                statements.add(m.group().strip());
            }
            return statements;
        }
    }

    private void analyze(boolean postgres) {
        jdbc.sql("analyze").update();
    }

    private boolean isPostgres() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }

    private static String vendor(boolean postgres) {
        return postgres ? "PostgreSQL" : "H2";
    }
}
