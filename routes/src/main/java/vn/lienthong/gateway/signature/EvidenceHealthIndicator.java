package vn.lienthong.gateway.signature;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/** Reports packages still waiting for their time-stamp, so that a TSA outage is seen, not hidden. */
@Component("timestamps")
public class EvidenceHealthIndicator extends AbstractHealthIndicator {

    private final EvidenceTimestampStore store;
    private final TimestampingProperties properties;

    public EvidenceHealthIndicator(EvidenceTimestampStore store, TimestampingProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (!properties.enabled()) {
            builder.up().withDetail("enabled", false);
            return;
        }
        long[] missing = store.missing();
        builder.status(missing[1] > 0 ? CertificateExpiryHealthIndicator.WARNING : Status.UP)
                .withDetail("enabled", true)
                .withDetail("tsa", properties.tsaUrl().toString())
                .withDetail("missing", missing[0])
                .withDetail("failing", missing[1]);
    }
}
