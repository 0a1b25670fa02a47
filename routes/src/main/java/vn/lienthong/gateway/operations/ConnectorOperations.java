package vn.lienthong.gateway.operations;

import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.gateway.audit.AuditLog;
import vn.lienthong.gateway.connector.ConnectorRegistry;
import vn.lienthong.gateway.dispatch.DispatchRoutes;

/**
 * Shows each connector's health and pauses or resumes its dispatch route. A pause holds until resumed or until
 * the gateway restarts; work keeps arriving on the queue and nothing is lost meanwhile.
 */
@Service
public class ConnectorOperations {

    private final ConnectorRegistry connectors;
    private final ConnectorActivityQueries activity;
    private final QueueDepths queues;
    private final CamelContext camel;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    public ConnectorOperations(ConnectorRegistry connectors, ConnectorActivityQueries activity, QueueDepths queues,
                               CamelContext camel, AuditLog audit, TransactionTemplate tx) {
        this.connectors = connectors;
        this.activity = activity;
        this.queues = queues;
        this.camel = camel;
        this.audit = audit;
        this.tx = tx;
    }

    public List<ConnectorStatus> all() {
        return connectors.all().stream().map(this::status).toList();
    }

    public ConnectorStatus status(String connectorId) {
        return status(connector(connectorId));
    }

    /** The audit row and the suspension succeed together: a failing suspend rolls the row back. */
    public ConnectorStatus pause(String connectorId, String actor, String reason) {
        ConnectorDefinition connector = connector(connectorId);
        tx.executeWithoutResult(s -> {
            audit.append(actor, "PAUSE", "connector:" + connectorId, Reasons.require(reason), DispatchRoutes.routeIdFor(connector));
            suspend(connector);
        });
        return status(connector);
    }

    public ConnectorStatus resume(String connectorId, String actor, String reason) {
        ConnectorDefinition connector = connector(connectorId);
        tx.executeWithoutResult(s -> {
            audit.append(actor, "RESUME", "connector:" + connectorId, Reasons.require(reason), DispatchRoutes.routeIdFor(connector));
            resume(connector);
        });
        return status(connector);
    }

    private void suspend(ConnectorDefinition connector) {
        try {
            camel.getRouteController().suspendRoute(DispatchRoutes.routeIdFor(connector));
        } catch (Exception e) {
            throw new IllegalStateException("could not pause " + DispatchRoutes.routeIdFor(connector), e);
        }
    }

    private void resume(ConnectorDefinition connector) {
        try {
            camel.getRouteController().resumeRoute(DispatchRoutes.routeIdFor(connector));
        } catch (Exception e) {
            throw new IllegalStateException("could not resume " + DispatchRoutes.routeIdFor(connector), e);
        }
    }

    private ConnectorStatus status(ConnectorDefinition c) {
        ConnectorActivity recent = activity.of(c.id());
        ServiceStatus route = camel.getRouteController().getRouteStatus(DispatchRoutes.routeIdFor(c));
        boolean paused = route == ServiceStatus.Suspended || route == ServiceStatus.Stopped;
        return new ConnectorStatus(c.id(), c.name(), c.transport().key(), c.agencies(), queues.of(c.id()),
                recent.lastSuccessAt(), recent.lastErrorAt(), recent.lastError(), recent.consecutiveFailures(), paused);
    }

    private ConnectorDefinition connector(String connectorId) {
        return connectors.byId(connectorId).orElseThrow(() -> new NotFoundException("connector", connectorId));
    }
}
