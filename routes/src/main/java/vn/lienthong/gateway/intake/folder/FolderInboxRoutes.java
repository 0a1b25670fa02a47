package vn.lienthong.gateway.intake.folder;

import java.util.Map;
import java.util.Optional;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.lienthong.connectors.folder.FolderLayout;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.folder.FolderTransportProvider;
import vn.lienthong.gateway.connector.ConnectorRegistry;
import vn.lienthong.gateway.connector.ConnectorRoutes;
import vn.lienthong.gateway.connector.ConnectorRoutes.RouteSpec;
import vn.lienthong.gateway.connector.ConnectorsChanged;

/** Instantiates the inbox template once per {@code folder} connector file, on that connector's inbox, and follows reloads. */
@Component
public class FolderInboxRoutes extends RouteBuilder {

    private final ConnectorRegistry connectors;
    private final long pollDelayMillis;

    public FolderInboxRoutes(ConnectorRegistry connectors, FolderProperties properties) {
        this.connectors = connectors;
        this.pollDelayMillis = properties.pollDelay().toMillis();
    }

    @Override
    public void configure() {
        connectors.all().forEach(connector -> spec(connector).ifPresent(spec -> {
            var route = templatedRoute(FolderInboxRouteTemplate.TEMPLATE_ID).routeId(spec.routeId());
            spec.parameters().forEach(route::parameter);
        }));
    }

    @EventListener
    public void follow(ConnectorsChanged change) throws Exception {
        ConnectorRoutes.follow(getCamelContext(), FolderInboxRouteTemplate.TEMPLATE_ID, change, this::spec);
    }

    private Optional<RouteSpec> spec(ConnectorDefinition connector) {
        if (!connector.transport().equals(FolderTransportProvider.TYPE)) {
            return Optional.empty();
        }
        return Optional.of(new RouteSpec("inbound-folder-" + connector.id(), Map.of(
                "inbox", FolderLayout.of(connector).inbox().toString(),
                "connectorId", connector.id(),
                "delay", String.valueOf(pollDelayMillis))));
    }
}
