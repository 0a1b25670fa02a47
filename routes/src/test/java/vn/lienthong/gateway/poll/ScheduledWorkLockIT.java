package vn.lienthong.gateway.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.lienthong.gateway.alerts.ActiveAlerts;
import vn.lienthong.gateway.alerts.AlertMonitor;
import vn.lienthong.gateway.alerts.AlertQueries;
import vn.lienthong.gateway.alerts.AlertWebhook;
import vn.lienthong.gateway.alerts.AlertsProperties;
import vn.lienthong.gateway.alerts.FailureRun;
import vn.lienthong.gateway.connector.ConnectorRegistry;
import vn.lienthong.gateway.deadlines.DeadlineStore;
import vn.lienthong.gateway.signature.CertificateExpiryHealthIndicator;
import vn.lienthong.gateway.signature.EvidenceTimestampStore;
import vn.lienthong.gateway.signature.EvidenceTimestamper;
import vn.lienthong.gateway.signature.TimestampingProperties;

/**
 * Time-stamping and the alert check run on one instance at a time, like the outbox sweep: two instances sharing a
 * database (migrated by the real scripts) each with its own lock provider; while the first is in the middle of a
 * run, the second's run at that moment does nothing, and once the first is done the second runs.
 */
class ScheduledWorkLockIT {

    private JdbcDataSource database;

    @BeforeEach
    void migrateASharedDatabase() {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:scheduled-lock-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
    }

    @Test
    void whileOneInstanceTimeStampsTheOtherDoesNot() {
        EvidenceTimestampStore storeOfB = mock(EvidenceTimestampStore.class);
        EvidenceTimestamper instanceB = timestamper(storeOfB);
        EvidenceTimestampStore storeOfA = mock(EvidenceTimestampStore.class);
        AtomicBoolean bRanDuringA = new AtomicBoolean();
        when(storeOfA.due(any(), anyInt())).thenAnswer(call -> {
            onAnotherThread(instanceB::stampMissing);
            bRanDuringA.set(mockingDetailsOf(storeOfB));
            return List.of();
        });

        timestamper(storeOfA).stampMissing();

        assertThat(bRanDuringA).as("instance B looked for packages while A held the lock").isFalse();
        instanceB.stampMissing();
        verify(storeOfB, times(1)).due(any(), anyInt());
    }

    @Test
    void whileOneInstanceChecksAlertsTheOtherDoesNot() {
        AlertQueries queriesOfB = mock(AlertQueries.class);
        AlertMonitor instanceB = monitor(queriesOfB);
        AlertQueries queriesOfA = mock(AlertQueries.class);
        when(queriesOfA.withoutProgressSince(any(), anyInt())).thenAnswer(call -> {
            onAnotherThread(instanceB::check);
            verify(queriesOfB, never()).withoutProgressSince(any(), anyInt());
            return List.of();
        });

        monitor(queriesOfA).check();

        verify(queriesOfA, times(1)).withoutProgressSince(any(), anyInt());
        instanceB.check();
        verify(queriesOfB, times(1)).withoutProgressSince(any(), anyInt());
    }

    private EvidenceTimestamper timestamper(EvidenceTimestampStore store) {
        var properties = new TimestampingProperties(URI.create("http://127.0.0.1:9/tsa"), List.of(),
                Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(10));
        return new EvidenceTimestamper(store, properties, locks(), Clock.systemUTC());
    }

    private AlertMonitor monitor(AlertQueries queries) {
        var properties = new AlertsProperties(true, Duration.ofMinutes(1), Duration.ofMinutes(30),
                Duration.ofMinutes(10), null, Duration.ofSeconds(5));
        ConnectorRegistry connectors = mock(ConnectorRegistry.class);
        when(connectors.all()).thenReturn(List.of());
        when(queries.failuresSinceLastSuccess(any())).thenReturn(new FailureRun("bo-gddt", null, null));
        CertificateExpiryHealthIndicator certificates = mock(CertificateExpiryHealthIndicator.class);
        when(certificates.expiring()).thenReturn(List.of());
        return new AlertMonitor(properties, queries, connectors, certificates, new ActiveAlerts(),
                new AlertWebhook(properties, new ObjectMapper()), locks(), mock(DeadlineStore.class), Clock.systemUTC());
    }

    /** Each instance has its own lock provider over the shared database, as separate processes would. */
    private LockProvider locks() {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(database)).usingDbTime().build());
    }

    /** Another instance's scheduler thread: ShedLock lets the thread that holds a lock take it again. */
    private static void onAnotherThread(Runnable run) throws Exception {
        CompletableFuture.runAsync(run).get(30, TimeUnit.SECONDS);
    }

    private static boolean mockingDetailsOf(Object mock) {
        return !org.mockito.Mockito.mockingDetails(mock).getInvocations().isEmpty();
    }
}
