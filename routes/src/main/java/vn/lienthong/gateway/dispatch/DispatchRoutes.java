package vn.lienthong.gateway.dispatch;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import vn.lienthong.connectors.dispatch.DispatchHeaders;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.gateway.connector.ConnectorRegistry;

/** Instantiates the dispatch template once per connector file, each on the connector's own queue. */
@Component
public class DispatchRoutes extends RouteBuilder {

    private final ConnectorRegistry connectors;

    public DispatchRoutes(ConnectorRegistry connectors) {
        this.connectors = connectors;
    }

    /** {@code dispatch-<transport>-<connector id>}: the route operators pause and resume. */
    public static String routeIdFor(ConnectorDefinition connector) {
        return "dispatch-" + connector.transport().key() + "-" + connector.id();
    }

    @Override
    public void configure() {
        connectors.all().forEach(connector -> templatedRoute(DispatchRouteTemplate.TEMPLATE_ID)
                .routeId(routeIdFor(connector))
                .parameter("queue", DispatchHeaders.queueFor(connector.id()))
                .parameter("concurrency", String.valueOf(connector.concurrency())));
    }
}
