package vn.lienthong.gateway.statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code lienthong.statistics.rollup-interval} (10 minutes), on one gateway instance at a time (the shared
 * {@code shedlock} table), rolls up the days before today that are not rolled up yet or whose rows changed since
 * the last refresh, recomputing each such day whole, and moves the watermark.
 */
@Component
public class RollupRefresh {

    /** The row in the shared {@code shedlock} table that lets one instance at a time refresh. */
    static final String LOCK_NAME = "statistics-rollup";
    /**
     * How far the watermark stays behind the refresh's start: a row stamped before it must have been committed
     * when the refresh read the day, so this covers the longest transaction and the clocks' skew between instances.
     */
    static final Duration MARGIN = Duration.ofMinutes(10);
    /** A refresh of years of days takes minutes; should the instance die, another refreshes after this. */
    private static final Duration LOCK_AT_MOST = Duration.ofMinutes(30);

    private static final Logger log = LoggerFactory.getLogger(RollupRefresh.class);

    /** What one refresh did. */
    record Refreshed(int days, long millis) {
    }

    private final DailyQueries daily;
    private final RollupStore store;
    private final LockingTaskExecutor oneInstanceAtATime;
    private final Clock clock;

    public RollupRefresh(DailyQueries daily, RollupStore store, LockProvider locks, Clock clock) {
        this.daily = daily;
        this.store = store;
        this.oneInstanceAtATime = new DefaultLockingTaskExecutor(locks);
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${lienthong.statistics.rollup-interval:10m}",
            fixedDelayString = "${lienthong.statistics.rollup-interval:10m}")
    public void refresh() {
        oneInstanceAtATime.executeWithLock((Runnable) this::refreshNow, new LockConfiguration(clock.instant(),
                LOCK_NAME, LOCK_AT_MOST, Duration.ZERO));
    }

    /** One refresh, on this instance, whoever holds the lock: also what the tests call. */
    public Refreshed refreshNow() {
        long started = System.nanoTime();
        Instant now = clock.instant();
        Instant mark = now.minus(MARGIN);
        LocalDate today = LocalDate.ofInstant(now, RollupStore.ZONE);
        Optional<LocalDate> first = store.firstDay();
        TreeSet<LocalDate> days = new TreeSet<>();
        // After a clock put back behind the watermark, changes may carry stamps from before it: all days again.
        Optional<Instant> since = store.changesFrom().filter(at -> !at.isAfter(now));
        if (first.isPresent() && first.get().isBefore(today)) {
            LocalDate yesterday = today.minusDays(1);
            // Until a refresh has finished, days rolled by one that died midway may have changed since: all again.
            TreeSet<LocalDate> rolled = since.isEmpty() ? new TreeSet<>()
                    : new TreeSet<>(store.rolledDays(first.get(), yesterday));
            for (LocalDate day = first.get(); !day.isAfter(yesterday); day = day.plusDays(1)) {
                if (!rolled.contains(day)) {
                    days.add(day);
                }
            }
            since.ifPresent(from -> days.addAll(store.changedDays(from,
                    first.get().atStartOfDay(RollupStore.ZONE).toInstant(),
                    today.atStartOfDay(RollupStore.ZONE).toInstant())));
        }
        for (List<LocalDate> chunk : chunks(days)) {
            Map<UnitDimension, Map<LocalDate, Map<String, UnitCounts>>> counts = new EnumMap<>(UnitDimension.class);
            for (UnitDimension dimension : UnitDimension.values()) {
                counts.put(dimension, daily.byDay(dimension, chunk, RollupStore.ZONE));
            }
            store.replace(chunk, counts, now);
        }
        store.changesFrom(mark);
        Refreshed refreshed = new Refreshed(days.size(), (System.nanoTime() - started) / 1_000_000);
        if (refreshed.days() > 0) {
            log.info("statistics: {} day(s) rolled up in {} ms", refreshed.days(), refreshed.millis());
        }
        return refreshed;
    }

    /** Runs of consecutive days, at most {@link DailyQueries#MAX_DAYS} each. */
    static List<List<LocalDate>> chunks(TreeSet<LocalDate> days) {
        List<List<LocalDate>> chunks = new ArrayList<>();
        List<LocalDate> chunk = new ArrayList<>();
        for (LocalDate day : days) {
            if (!chunk.isEmpty() && (!chunk.get(chunk.size() - 1).plusDays(1).equals(day)
                    || chunk.size() == DailyQueries.MAX_DAYS)) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
            }
            chunk.add(day);
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        return chunks;
    }
}
