package vn.lienthong.gateway.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.lienthong.gateway.connector.ConnectorRegistry;
import vn.lienthong.gateway.deadlines.DeadlineStore;
import vn.lienthong.gateway.signature.CertificateExpiryHealthIndicator;

/**
 * Looks for stuck messages, failing connectors, expiring certificates and overdue deadlines every
 * {@code lienthong.alerts.check-interval}, keeps the alerts in force, logs and sends on each change. Instances sharing
 * a store check one at a time (ShedLock row {@code alert-check}), and name one condition with the same id.
 */
@Component
public class AlertMonitor {

    /** Stuck deliveries beyond this many (oldest first) raise no alert of their own: the list stays readable. */
    static final int MAX_STUCK = 50;
    /** The row in the shared {@code shedlock} table that lets one instance at a time run a check. */
    static final String LOCK_NAME = "alert-check";
    /** Overdue deadlines beyond this many raise no alert of their own; the newest overdue always do. */
    static final int MAX_OVERDUE = 50;

    private static final Logger log = LoggerFactory.getLogger(AlertMonitor.class);

    private final AlertsProperties properties;
    private final AlertQueries queries;
    private final ConnectorRegistry connectors;
    private final CertificateExpiryHealthIndicator certificates;
    private final ActiveAlerts active;
    private final AlertWebhook webhook;
    private final LockingTaskExecutor oneInstanceAtATime;
    private final DeadlineStore deadlines;
    private final Clock clock;

    public AlertMonitor(AlertsProperties properties, AlertQueries queries, ConnectorRegistry connectors,
                        CertificateExpiryHealthIndicator certificates, ActiveAlerts active, AlertWebhook webhook,
                        LockProvider locks, DeadlineStore deadlines, Clock clock) {
        this.properties = properties;
        this.queries = queries;
        this.connectors = connectors;
        this.certificates = certificates;
        this.active = active;
        this.webhook = webhook;
        this.oneInstanceAtATime = new DefaultLockingTaskExecutor(locks);
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${lienthong.alerts.check-interval:1m}",
            fixedDelayString = "${lienthong.alerts.check-interval:1m}")
    public void check() {
        if (!properties.enabled()) {
            return;
        }
        // A check takes moments; should its instance die mid-check, the lock ends after one interval.
        oneInstanceAtATime.executeWithLock((Runnable) this::checkNow, new LockConfiguration(clock.instant(),
                LOCK_NAME, properties.checkInterval(), Duration.ZERO));
    }

    private void checkNow() {
        Instant now = clock.instant();
        List<AlertChange> changes = active.update(find(now), now);
        changes.forEach(change -> log.warn("Alert {}: {} [{}]", change.state(), change.alert().summary(),
                change.alert().id()));
        // Called on every check, changes or not: a notification that failed last time is sent again now.
        webhook.notify(changes);
    }

    private List<Alert> find(Instant now) {
        List<Alert> found = new ArrayList<>();
        queries.withoutProgressSince(now.minus(properties.stuckAfter()), MAX_STUCK).stream()
                .map(delivery -> AlertRules.stuck(delivery, now, properties.stuckAfter()))
                .flatMap(Optional::stream)
                .forEach(found::add);
        connectors.all().stream()
                .map(connector -> AlertRules.connectorFailing(queries.failuresSinceLastSuccess(connector.id()), now,
                        properties.connectorFailingAfter()))
                .flatMap(Optional::stream)
                .forEach(found::add);
        found.addAll(AlertRules.certificatesExpiring(certificates.expiring()));
        found.addAll(AlertRules.deadlinesOverdue(deadlines.overdue(MAX_OVERDUE)));
        return found;
    }
}
