package vn.lienthong.gateway.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;

import vn.lienthong.gateway.config.OperationsProperties;
import vn.lienthong.gateway.connector.ConnectorRegistry;
import vn.lienthong.gateway.operations.ConnectorOperations;
import vn.lienthong.gateway.operations.ConnectorStatus;

/**
 * One health component per connector under {@code connectors}. A partner that keeps failing or a paused connector
 * is reported with its own status, answered 200: a partner being down is no reason to restart the gateway.
 */
@Configuration(proxyBeanMethods = false)
public class ConnectorHealthConfiguration {

    /** Some recent attempts to this partner failed in a row; its deliveries are retrying or dead. */
    public static final Status PARTNER_DOWN = new Status("PARTNER_DOWN");
    /** An operator paused the connector; its work waits on the queue. */
    public static final Status PAUSED = new Status("PAUSED");

    @Bean
    CompositeHealthContributor connectors(ConnectorRegistry connectors, ConnectorOperations operations,
                                          OperationsProperties properties) {
        Map<String, HealthIndicator> indicators = new LinkedHashMap<>();
        connectors.all().forEach(c -> indicators.put(c.id(), () -> health(operations, c.id(), properties)));
        return CompositeHealthContributor.fromMap(indicators);
    }

    /**
     * The status is read from the store: with the database away it is UNKNOWN, so that the health document still
     * answers (and shows the database DOWN) instead of the whole endpoint failing.
     */
    private static Health health(ConnectorOperations operations, String connectorId, OperationsProperties properties) {
        ConnectorStatus status;
        try {
            status = operations.status(connectorId);
        } catch (DataAccessException e) {
            return Health.unknown().withDetail("reason", "connector status unavailable: the store cannot be read")
                    .build();
        }
        return health(status, properties.partnerDownAfter());
    }

    static Health health(ConnectorStatus status, int partnerDownAfter) {
        Status state = status.paused() ? PAUSED
                : status.consecutiveFailures() >= partnerDownAfter ? PARTNER_DOWN : Status.UP;
        Health.Builder health = Health.status(state)
                .withDetail("transport", status.transport())
                .withDetail("queueDepth", status.queueDepth())
                .withDetail("consecutiveFailures", status.consecutiveFailures());
        if (status.lastSuccessAt() != null) {
            health.withDetail("lastSuccessAt", status.lastSuccessAt().toString());
        }
        // Not the error text: health is open to anyone, and partner errors can name internal hosts.
        if (status.lastErrorAt() != null) {
            health.withDetail("lastErrorAt", status.lastErrorAt().toString());
        }
        return health.build();
    }
}
