package vn.lienthong.gateway.alerts;

import java.net.URI;
import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code lienthong.alerts.*} settings of the alert monitor.
 *
 * @param enabled turn the monitor off and no alert is raised, shown or sent
 * @param checkInterval how often the store and the certificates are looked at; an alert is raised (and resolved)
 *     at most this long after its condition starts (or ends)
 * @param stuckAfter a delivery not finished and without progress (no attempt, no change of state) for this long
 *     is a stuck message; longer than the largest retry delay of any connector, or waiting retries raise alerts
 * @param connectorFailingAfter a connector whose attempts have all failed for this long, still failing within the
 *     last such period, is a failing connector; shorter raises alerts for blips a retry already fixes
 * @param webhookUrl where each new alert and each resolution is POSTed as JSON; none when unset
 * @param webhookTimeout how long one POST to the webhook may take before it counts as failed and waits for the
 *     next check
 */
@Validated
@ConfigurationProperties(prefix = "lienthong.alerts")
public record AlertsProperties(@DefaultValue("true") boolean enabled,
                               @DefaultValue("1m") @DurationMin(millis = 1) Duration checkInterval,
                               @DefaultValue("30m") @DurationMin(millis = 1) Duration stuckAfter,
                               @DefaultValue("10m") @DurationMin(millis = 1) Duration connectorFailingAfter,
                               URI webhookUrl,
                               @DefaultValue("5s") @DurationMin(millis = 1) Duration webhookTimeout) {
}
