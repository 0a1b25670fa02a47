package vn.lienthong.gateway.intake.folder;

import java.time.Duration;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.lienthong.connectors.folder.FolderLayout;
import vn.lienthong.connectors.spi.TransportType;
import vn.lienthong.gateway.connector.ConnectorRegistry;

/** Instantiates the inbox template once per {@code folder} connector file, on that connector's inbox. */
@Component
public class FolderInboxRoutes extends RouteBuilder {

    private final ConnectorRegistry connectors;
    private final long pollDelayMillis;

    public FolderInboxRoutes(ConnectorRegistry connectors,
                             @Value("${lienthong.folder.poll-delay:2s}") Duration pollDelay) {
        this.connectors = connectors;
        this.pollDelayMillis = pollDelay.toMillis();
    }

    @Override
    public void configure() {
        connectors.all().stream().filter(c -> c.transport() == TransportType.FOLDER)
                .forEach(connector -> templatedRoute(FolderInboxRouteTemplate.TEMPLATE_ID)
                        .routeId("inbound-folder-" + connector.id())
                        .parameter("inbox", FolderLayout.of(connector).inbox().toString())
                        .parameter("connectorId", connector.id())
                        .parameter("delay", String.valueOf(pollDelayMillis)));
    }
}
