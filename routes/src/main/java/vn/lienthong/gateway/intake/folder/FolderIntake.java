package vn.lienthong.gateway.intake.folder;

import java.io.IOException;
import java.time.Clock;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.lienthong.connectors.folder.FolderLayout;
import vn.lienthong.connectors.folder.FolderTransportProvider;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.gateway.connector.ConnectorRegistry;
import vn.lienthong.gateway.intake.InboundPackage;
import vn.lienthong.gateway.intake.IntakeReceipt;
import vn.lienthong.gateway.intake.IntakeService;
import vn.lienthong.gateway.refusal.Refusal;
import vn.lienthong.gateway.refusal.Refusals;

/**
 * The folder intake adapter: a file from a connector's inbox becomes the canonical input of the shared pipeline,
 * with the connector as the authenticated partner, and is then sent to {@code done} or, refused, to {@code error}.
 */
@Component
public class FolderIntake {

    /** Exchange header: the full path the file component moves the file to once the route ends. */
    public static final String TARGET_HEADER = "LienthongFolderTarget";
    /** Exchange header: the id of the connector whose inbox the file came from. */
    public static final String CONNECTOR_HEADER = "LienthongConnectorId";

    private static final Logger log = LoggerFactory.getLogger(FolderIntake.class);

    private final ConnectorRegistry connectors;
    private final IntakeService intake;
    private final Clock clock;

    public FolderIntake(ConnectorRegistry connectors, IntakeService intake, Clock clock) {
        this.connectors = connectors;
        this.intake = intake;
        this.clock = clock;
    }

    /** Any other exception propagates: the file stays in the inbox and is tried again at the next poll. */
    public void receive(Exchange exchange) throws IOException {
        ConnectorDefinition partner = connectors.byId(exchange.getIn().getHeader(CONNECTOR_HEADER, String.class))
                .orElseThrow();
        FolderLayout folders = FolderLayout.of(partner);
        String name = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        byte[] bytes = exchange.getIn().getBody(byte[].class);
        try {
            IntakeReceipt receipt = intake.receiveDocument(
                    new InboundPackage(bytes, FolderTransportProvider.CHANNEL, partner, clock.instant()));
            log.info("Folder {}: {} accepted as message {}", partner.id(), name, receipt.id());
            exchange.getIn().setHeader(TARGET_HEADER, folders.done().resolve(name).toString());
        } catch (RuntimeException failure) {
            // A refusal that may pass later (a full disk, an unreachable store) leaves the file for the next poll.
            Refusal refusal = Refusals.of(failure).filter(r -> r.retryAfterSeconds().isEmpty())
                    .orElseThrow(() -> failure);
            refuse(exchange, folders, name, refusal);
        }
    }

    /** The reason is written before the file is moved, so the error folder never holds a file without its reason. */
    private static void refuse(Exchange exchange, FolderLayout folders, String name, Refusal refusal)
            throws IOException {
        String reasons = FolderErrorFile.write(folders, name, refusal);
        log.warn("Folder inbox refused {}: {}", name, reasons.strip());
        exchange.getIn().setHeader(TARGET_HEADER, folders.error().resolve(name).toString());
    }
}
