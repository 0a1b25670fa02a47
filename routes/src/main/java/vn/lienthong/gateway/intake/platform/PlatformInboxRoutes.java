package vn.lienthong.gateway.intake.platform;

import java.util.Map;
import java.util.Optional;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.gateway.connector.ConnectorRegistry;
import vn.lienthong.gateway.connector.ConnectorRoutes;
import vn.lienthong.gateway.connector.ConnectorRoutes.RouteSpec;
import vn.lienthong.gateway.connector.ConnectorsChanged;
import vn.lienthong.gateway.connector.InstalledTransports;

/**
 * Instantiates the platform inbox template once per connector whose transport has a polled inbox ({@code vdxp},
 * {@code lgsp}) and follows reloads: a new platform file is polled, a removed one no longer is.
 */
@Component
public class PlatformInboxRoutes extends RouteBuilder {

    private final ConnectorRegistry connectors;
    private final InstalledTransports transports;
    private final long pollDelayMillis;

    public PlatformInboxRoutes(ConnectorRegistry connectors, InstalledTransports transports,
                               PlatformProperties properties) {
        this.connectors = connectors;
        this.transports = transports;
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
        if (transports.polledInbox(connector.transport()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RouteSpec("inbound-" + connector.transport().key() + "-" + connector.id(),
                Map.of("connectorId", connector.id(), "delay", String.valueOf(pollDelayMillis))));
    }
}
