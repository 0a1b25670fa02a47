package vn.lienthong.gateway.dispatch;

import java.util.Set;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import vn.lienthong.connectors.dispatch.DispatchHeaders;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.gateway.connector.ConnectorRegistry;
import vn.lienthong.gateway.store.ConnectorPauses;

/** Instantiates the dispatch template once per connector file, each on the connector's own queue. */
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
        connectors.all().forEach(connector -> templatedRoute(DispatchRouteTemplate.TEMPLATE_ID)
                .routeId(routeIdFor(connector))
                .parameter("queue", DispatchHeaders.queueFor(connector.id()))
                .parameter("concurrency", String.valueOf(connector.concurrency()))
                .parameter("autoStartup", String.valueOf(!paused.contains(connector.id()))));
    }
}
