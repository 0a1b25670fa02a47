package vn.lienthong.gateway.metrics;

import java.util.Iterator;

import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.NamedContributor;
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
 * is reported with its own status, answered 200: a partner being down is no reason to restart the gateway. The
 * components follow connector reloads.
 */
@Configuration(proxyBeanMethods = false)
public class ConnectorHealthConfiguration {

    /** Some recent attempts to this partner failed in a row; its deliveries are retrying or dead. */
    public static final Status PARTNER_DOWN = new Status("PARTNER_DOWN");
    /** An operator paused the connector; its work waits on the queue. */
    public static final Status PAUSED = new Status("PAUSED");

    /** Asks the registry at each call, so connectors added or removed by a reload show (or go) at once. */
    @Bean
    CompositeHealthContributor connectors(ConnectorRegistry connectors, ConnectorOperations operations,
                                          OperationsProperties properties) {
        return new CompositeHealthContributor() {
            @Override
            public HealthContributor getContributor(String name) {
                return connectors.byId(name).map(c -> indicator(operations, c.id(), properties)).orElse(null);
            }

            @Override
            public Iterator<NamedContributor<HealthContributor>> iterator() {
                return connectors.all().stream()
                        .map(c -> NamedContributor.of(c.id(), indicator(operations, c.id(), properties)))
                        .iterator();
            }
        };
    }

    private static HealthContributor indicator(ConnectorOperations operations, String connectorId,
                                               OperationsProperties properties) {
        return (HealthIndicator) () -> health(operations, connectorId, properties);
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
