package vn.lienthong.gateway.intake.platform;

import java.util.Set;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import vn.lienthong.connectors.spi.TransportType;
import vn.lienthong.gateway.connector.ConnectorRegistry;

/** Instantiates the platform inbox template once per {@code vdxp} or {@code lgsp} connector file. */
@Component
public class PlatformInboxRoutes extends RouteBuilder {

    private static final Set<TransportType> POLLED = Set.of(TransportType.VDXP, TransportType.LGSP);

    private final ConnectorRegistry connectors;
    private final long pollDelayMillis;

    public PlatformInboxRoutes(ConnectorRegistry connectors, PlatformProperties properties) {
        this.connectors = connectors;
        this.pollDelayMillis = properties.pollDelay().toMillis();
    }

    @Override
    public void configure() {
        connectors.all().stream().filter(c -> POLLED.contains(c.transport()))
                .forEach(connector -> templatedRoute(PlatformInboxRouteTemplate.TEMPLATE_ID)
                        .routeId("inbound-" + connector.transport().key() + "-" + connector.id())
                        .parameter("connectorId", connector.id())
                        .parameter("delay", String.valueOf(pollDelayMillis)));
    }
}
