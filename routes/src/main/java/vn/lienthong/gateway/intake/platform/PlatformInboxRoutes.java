package vn.lienthong.gateway.intake.platform;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.TransportType;
import vn.lienthong.gateway.connector.ConnectorRegistry;
import vn.lienthong.gateway.connector.ConnectorRoutes;
import vn.lienthong.gateway.connector.ConnectorRoutes.RouteSpec;
import vn.lienthong.gateway.connector.ConnectorsChanged;

/**
 * Instantiates the platform inbox template once per {@code vdxp} or {@code lgsp} connector file and follows reloads:
 * a new platform file is polled, a removed one no longer is.
 */
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
        connectors.all().forEach(connector -> spec(connector).ifPresent(spec -> {
            var route = templatedRoute(PlatformInboxRouteTemplate.TEMPLATE_ID).routeId(spec.routeId());
            spec.parameters().forEach(route::parameter);
        }));
    }

    /** Each poll looks its connector up again, so an edited endpoint needs no new route; only the set changes. */
    @EventListener
    public void follow(ConnectorsChanged change) throws Exception {
        ConnectorRoutes.follow(getCamelContext(), PlatformInboxRouteTemplate.TEMPLATE_ID, change, this::spec);
    }

    private Optional<RouteSpec> spec(ConnectorDefinition connector) {
        if (!POLLED.contains(connector.transport())) {
            return Optional.empty();
        }
        return Optional.of(new RouteSpec("inbound-" + connector.transport().key() + "-" + connector.id(),
                Map.of("connectorId", connector.id(), "delay", String.valueOf(pollDelayMillis))));
    }
}
