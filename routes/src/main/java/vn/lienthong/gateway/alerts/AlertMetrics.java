package vn.lienthong.gateway.alerts;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code lienthong_alerts_active{kind}}: how many alerts of each kind the monitor holds in force, so Prometheus can
 * alert on what the gateway found (stuck messages in particular) without reading the health document.
 */
@Component
public class AlertMetrics {

    public AlertMetrics(ActiveAlerts active, MeterRegistry registry) {
        for (AlertKind kind : AlertKind.values()) {
            Gauge.builder("lienthong.alerts.active", active, alerts -> alerts.count(kind))
                    .description("Alerts in force on this instance, by kind, as of the last check")
                    .tag("kind", kind.name())
                    .register(registry);
        }
    }
}
