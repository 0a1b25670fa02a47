package vn.lienthong.gateway.dispatch;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import vn.lienthong.connectors.dispatch.DispatchHeaders;
import vn.lienthong.gateway.connector.ConnectorRegistry;

/** Instantiates the dispatch template once per connector file, each on the connector's own queue. */
@Component
public class DispatchRoutes extends RouteBuilder {

    private final ConnectorRegistry connectors;

    public DispatchRoutes(ConnectorRegistry connectors) {
        this.connectors = connectors;
    }

    @Override
    public void configure() {
        connectors.all().forEach(connector -> templatedRoute(DispatchRouteTemplate.TEMPLATE_ID)
                .routeId("dispatch-" + connector.transport().key() + "-" + connector.id())
                .parameter("queue", DispatchHeaders.queueFor(connector.id()))
                .parameter("concurrency", String.valueOf(connector.concurrency())));
    }
}
