package vn.lienthong.gateway.alerts;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

import vn.lienthong.gateway.signature.CertificateExpiryHealthIndicator;

/**
 * Health component {@code alerts}: WARNING (still 200) with the list while any alert is in force, so a monitoring
 * system that only polls health sees them too.
 */
@Component("alerts")
public class AlertsHealthIndicator extends AbstractHealthIndicator {

    private final ActiveAlerts active;

    public AlertsHealthIndicator(ActiveAlerts active) {
        this.active = active;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        var alerts = active.all();
        builder.status(alerts.isEmpty() ? Status.UP : CertificateExpiryHealthIndicator.WARNING)
                .withDetail("count", alerts.size())
                .withDetail("alerts", alerts.stream().map(AlertsHealthIndicator::detail).toList());
    }

    // The summary, not error texts: health is open to anyone, and partner errors can name internal hosts.
    private static Map<String, Object> detail(Alert alert) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("id", alert.id());
        detail.put("kind", alert.kind().name());
        detail.put("target", alert.target());
        detail.put("since", alert.at().toString());
        detail.put("summary", alert.summary());
        return detail;
    }
}
