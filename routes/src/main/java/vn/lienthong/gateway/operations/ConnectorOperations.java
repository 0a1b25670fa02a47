package vn.lienthong.gateway.operations;

import java.time.Clock;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.gateway.audit.AuditLog;
import vn.lienthong.gateway.connector.ConnectorRegistry;
import vn.lienthong.gateway.connector.ConnectorReload;
import vn.lienthong.gateway.dispatch.DispatchRoutes;
import vn.lienthong.gateway.store.ConnectorPauses;

/**
 * Shows each connector's health and pauses or resumes its dispatch route. A pause is stored and holds across
 * restarts until resumed; work keeps arriving on the queue and nothing is lost meanwhile.
 */
@Service
public class ConnectorOperations {

    private final ConnectorRegistry connectors;
    private final ConnectorActivityQueries activity;
    private final QueueDepths queues;
    private final CamelContext camel;
    private final AuditLog audit;
    private final ConnectorPauses pauses;
    private final TransactionTemplate tx;
    private final Clock clock;

    public ConnectorOperations(ConnectorRegistry connectors, ConnectorActivityQueries activity, QueueDepths queues,
                               CamelContext camel, AuditLog audit, ConnectorPauses pauses, TransactionTemplate tx,
                               Clock clock) {
        this.connectors = connectors;
        this.activity = activity;
        this.queues = queues;
        this.camel = camel;
        this.audit = audit;
        this.pauses = pauses;
        this.tx = tx;
        this.clock = clock;
    }

    public List<ConnectorStatus> all() {
        return connectors.all().stream().map(this::status).toList();
    }

    public ConnectorStatus status(String connectorId) {
        return status(connector(connectorId));
    }

    /** The audit row, the stored pause and the suspension succeed together: a failing suspend rolls both back. */
    /** Re-reads the connector directory; a refused reload changes nothing and is audited all the same. */
    public ConnectorReload reload(String actor, String reason) {
        String why = Reasons.require(reason);
        ConnectorReload result = connectors.reload();
        tx.executeWithoutResult(s -> audit.append(actor, "RELOAD_CONNECTORS", "connectors", why,
                result.applied() ? "added " + result.added() + ", removed " + result.removed() + ", updated "
                        + result.updated() : "refused: " + result.errors()));
        return result;
    }

    public ConnectorStatus pause(String connectorId, String actor, String reason) {
        ConnectorDefinition connector = connector(connectorId);
        String why = Reasons.require(reason);
        tx.executeWithoutResult(s -> {
            audit.append(actor, "PAUSE", "connector:" + connectorId, why, DispatchRoutes.routeIdFor(connector));
            pauses.pause(connectorId, actor, why, clock.instant());
            suspend(connector);
        });
        return status(connector);
    }

    public ConnectorStatus resume(String connectorId, String actor, String reason) {
        ConnectorDefinition connector = connector(connectorId);
        String why = Reasons.require(reason);
        tx.executeWithoutResult(s -> {
            audit.append(actor, "RESUME", "connector:" + connectorId, why, DispatchRoutes.routeIdFor(connector));
            pauses.resume(connectorId);
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

    /** A route paused before a restart was never started; one paused since start-up is suspended. */
    private void resume(ConnectorDefinition connector) {
        String routeId = DispatchRoutes.routeIdFor(connector);
        try {
            if (camel.getRouteController().getRouteStatus(routeId) == ServiceStatus.Stopped) {
                camel.getRouteController().startRoute(routeId);
            } else {
                camel.getRouteController().resumeRoute(routeId);
            }
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
