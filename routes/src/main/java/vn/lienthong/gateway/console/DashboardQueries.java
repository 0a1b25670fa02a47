package vn.lienthong.gateway.console;

import static vn.lienthong.gateway.store.Timestamps.utc;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.lienthong.gateway.config.OperationsProperties;
import vn.lienthong.gateway.connector.ConnectorRegistry;

/** Counts for the dashboard; "today" and the chart's hours and days are those of the department's zone. */
@Repository
public class DashboardQueries {

    private final JdbcClient jdbc;
    private final ConnectorRegistry connectors;
    private final Clock clock;
    private final ZoneId zone;

    public DashboardQueries(JdbcClient jdbc, ConnectorRegistry connectors, Clock clock, OperationsProperties props) {
        this.jdbc = jdbc;
        this.connectors = connectors;
        this.clock = clock;
        this.zone = props.timeZone();
    }

    public Dashboard today() {
        ZonedDateTime now = clock.instant().atZone(zone);
        Instant startOfDay = now.toLocalDate().atStartOfDay(zone).toInstant();
        long received = count("select count(*) from messages where received_at >= ?", startOfDay);
        long delivered = count("select count(*) from deliveries where state = 'DELIVERED' and finished_at >= ?",
                startOfDay);
        long failed = count("select count(*) from deliveries where state in ('DEAD', 'REJECTED') "
                + "and finished_at >= ?", startOfDay);
        List<Instant> week = receivedSince(now.toLocalDate().minusDays(6).atStartOfDay(zone).toInstant());
        return new Dashboard(received, delivered, failed, perConnector(startOfDay), hourly(now, week),
                daily(now.toLocalDate(), week));
    }

    private List<Dashboard.ConnectorDay> perConnector(Instant startOfDay) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        jdbc.sql("""
                        select connector_id, state, count(*) from deliveries
                        where finished_at >= ? or state in ('QUEUED', 'RETRYING', 'IN_FLIGHT')
                        group by connector_id, state""")
                .param(utc(startOfDay))
                .query(rs -> {
                    counts.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                });
        return connectors.all().stream().map(c -> {
            Map<String, Long> s = counts.getOrDefault(c.id(), Map.of());
            return new Dashboard.ConnectorDay(c.id(), c.name(), s.getOrDefault("DELIVERED", 0L),
                    s.getOrDefault("DEAD", 0L) + s.getOrDefault("REJECTED", 0L),
                    s.getOrDefault("QUEUED", 0L) + s.getOrDefault("RETRYING", 0L) + s.getOrDefault("IN_FLIGHT", 0L));
        }).toList();
    }

    /** 24 bars, one per hour, the current hour last. */
    private BarChart hourly(ZonedDateTime now, List<Instant> received) {
        ZonedDateTime firstHour = now.truncatedTo(ChronoUnit.HOURS).minusHours(23);
        long[] counts = new long[24];
        received.forEach(at -> {
            long hour = ChronoUnit.HOURS.between(firstHour, at.atZone(zone).truncatedTo(ChronoUnit.HOURS));
            if (hour >= 0 && hour < 24) {
                counts[(int) hour]++;
            }
        });
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            labels.add(firstHour.plusHours(i).format(DateTimeFormatter.ofPattern("HH'h'")));
        }
        return BarChart.of(labels, boxed(counts), 720, 160, 3);
    }

    /** 7 bars, one per day, today last. */
    private BarChart daily(LocalDate today, List<Instant> received) {
        LocalDate firstDay = today.minusDays(6);
        long[] counts = new long[7];
        received.forEach(at -> {
            long day = ChronoUnit.DAYS.between(firstDay, at.atZone(zone).toLocalDate());
            if (day >= 0 && day < 7) {
                counts[(int) day]++;
            }
        });
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            labels.add(firstDay.plusDays(i).format(DateTimeFormatter.ofPattern("dd/MM")));
        }
        return BarChart.of(labels, boxed(counts), 420, 160, 1);
    }

    /** One week of receipt times is small enough to bucket here, and bucketing by zone is the same on both DBs. */
    private List<Instant> receivedSince(Instant since) {
        return jdbc.sql("select received_at from messages where received_at >= ?").param(utc(since))
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).list();
    }

    private long count(String sql, Instant since) {
        return jdbc.sql(sql).param(utc(since)).query(Long.class).single();
    }

    private static List<Long> boxed(long[] counts) {
        return java.util.Arrays.stream(counts).boxed().toList();
    }
}
