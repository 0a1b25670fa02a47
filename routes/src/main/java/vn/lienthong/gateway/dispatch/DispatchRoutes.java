package vn.lienthong.gateway.dispatch;

import java.util.Map;
import java.util.Optional;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.lienthong.connectors.dispatch.DispatchHeaders;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.gateway.connector.ConnectorRegistry;
import vn.lienthong.gateway.connector.ConnectorRoutes;
import vn.lienthong.gateway.connector.ConnectorRoutes.RouteSpec;
import vn.lienthong.gateway.connector.ConnectorsChanged;

/** Instantiates the dispatch template once per connector file, each on the connector's own queue, and follows reloads. */
@Component
public class DispatchRoutes extends RouteBuilder {

    private final ConnectorRegistry connectors;

    public DispatchRoutes(ConnectorRegistry connectors) {
        this.connectors = connectors;
    }

    @Override
    public void configure() {
        connectors.all().forEach(connector -> spec(connector).ifPresent(spec -> {
            var route = templatedRoute(DispatchRouteTemplate.TEMPLATE_ID).routeId(spec.routeId());
            spec.parameters().forEach(route::parameter);
        }));
    }

    @EventListener
    public void follow(ConnectorsChanged change) throws Exception {
        ConnectorRoutes.follow(getCamelContext(), DispatchRouteTemplate.TEMPLATE_ID, change, DispatchRoutes::spec);
    }

    /** Endpoint, retry and timeouts are read per send from the registry, so only these need a new route. */
    private static Optional<RouteSpec> spec(ConnectorDefinition connector) {
        return Optional.of(new RouteSpec("dispatch-" + connector.transport().key() + "-" + connector.id(), Map.of(
                "queue", DispatchHeaders.queueFor(connector.id()),
                "concurrency", String.valueOf(connector.concurrency()))));
    }
}
