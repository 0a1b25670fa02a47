package vn.lienthong.gateway.dispatch;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.lienthong.connectors.dispatch.DispatchHeaders;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.gateway.connector.ConnectorRegistry;
import vn.lienthong.gateway.connector.ConnectorRoutes;
import vn.lienthong.gateway.connector.ConnectorRoutes.RouteSpec;
import vn.lienthong.gateway.connector.ConnectorsChanged;
import vn.lienthong.gateway.store.ConnectorPauses;

/** Instantiates the dispatch template once per connector file, each on the connector's own queue, and follows reloads. */
@Component
public class DispatchRoutes extends RouteBuilder {

    private final ConnectorRegistry connectors;
    private final ConnectorPauses pauses;

    public DispatchRoutes(ConnectorRegistry connectors, ConnectorPauses pauses) {
        this.connectors = connectors;
        this.pauses = pauses;
    }

    /** {@code dispatch-<transport>-<connector id>}: the route operators pause and resume. */
    public static String routeIdFor(ConnectorDefinition connector) {
        return "dispatch-" + connector.transport().key() + "-" + connector.id();
    }

    @Override
    public void configure() {
        Set<String> paused = pauses.pausedConnectors();
        connectors.all().forEach(connector -> spec(connector).ifPresent(spec -> {
            var route = templatedRoute(DispatchRouteTemplate.TEMPLATE_ID).routeId(spec.routeId());
            spec.parameters().forEach(route::parameter);
            // A connector an operator paused stays stopped after a restart until it is resumed.
            route.parameter("autoStartup", String.valueOf(!paused.contains(connector.id())));
        }));
    }

    @EventListener
    public void follow(ConnectorsChanged change) throws Exception {
        ConnectorRoutes.follow(getCamelContext(), DispatchRouteTemplate.TEMPLATE_ID, change, DispatchRoutes::spec);
    }

    /** Endpoint, retry and timeouts are read per send from the registry, so only these need a new route. */
    private static Optional<RouteSpec> spec(ConnectorDefinition connector) {
        return Optional.of(new RouteSpec(routeIdFor(connector), Map.of(
                "queue", DispatchHeaders.queueFor(connector.id()),
                "concurrency", String.valueOf(connector.concurrency()))));
    }
}
