package vn.lienthong.gateway.intake.platform;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.lienthong.connectors.spi.Channel;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.PolledInbox;
import vn.lienthong.gateway.connector.ConnectorRegistry;
import vn.lienthong.gateway.connector.InstalledTransports;
import vn.lienthong.gateway.intake.InboundPackage;
import vn.lienthong.gateway.intake.IntakeReceipt;
import vn.lienthong.gateway.intake.IntakeService;
import vn.lienthong.gateway.refusal.Refusal;
import vn.lienthong.gateway.refusal.Refusals;
import vn.lienthong.schemas.EdxmlValidator;
import vn.lienthong.schemas.model.PackageKind;

/**
 * The intake adapter of the polled platforms (national VDXP, provincial LGSP): each package waiting for the
 * gateway goes through the shared pipeline with the platform's connector as the partner, then the platform is
 * told the transport outcome, done or refused with the reasons.
 */
@Component
public class PlatformIntake {

    /** Exchange header: the id of the connector whose platform is polled. */
    public static final String CONNECTOR_HEADER = "LienthongConnectorId";

    private static final Logger log = LoggerFactory.getLogger(PlatformIntake.class);

    private final ConnectorRegistry connectors;
    private final IntakeService intake;
    private final EdxmlValidator validator;
    private final Clock clock;
    private final InstalledTransports transports;

    public PlatformIntake(ConnectorRegistry connectors, IntakeService intake, EdxmlValidator validator, Clock clock,
                          InstalledTransports transports) {
        this.connectors = connectors;
        this.intake = intake;
        this.validator = validator;
        this.clock = clock;
        this.transports = transports;
    }

    /**
     * One poll. A platform or store failure propagates and leaves the package unacknowledged, so the platform
     * offers it again at the next poll; intake drops the re-post if it had been committed already.
     */
    public void poll(@Header(CONNECTOR_HEADER) String connectorId) throws IOException {
        ConnectorDefinition partner = connectors.byId(connectorId).orElseThrow();
        PolledInbox inbox = transports.polledInbox(partner.transport()).orElseThrow();
        for (String id : inbox.pendingIds(partner)) {
            byte[] bytes = inbox.fetch(partner, id);
            String refusal = receive(partner, id, bytes);
            inbox.acknowledge(partner, id, refusal == null, refusal);
        }
    }

    /** Returns null when the package was accepted, else the reasons it was refused. */
    private String receive(ConnectorDefinition partner, String id, byte[] bytes) {
        Channel channel = transports.intakeChannel(partner.transport()).orElseThrow();
        InboundPackage input = new InboundPackage(bytes, channel, partner, clock.instant());
        try {
            // Documents and status packages share the platform's inbox; the pipeline has one entry for each.
            boolean status = validator.validate(bytes).kind() == PackageKind.STATUS;
            IntakeReceipt receipt = status ? intake.receiveStatus(input) : intake.receiveDocument(input);
            log.info("{} {}: package {} accepted as message {}{}", partner.transport().key(), partner.id(), id,
                    receipt.id(), receipt.duplicate() ? " (re-post)" : "");
            return null;
        } catch (RuntimeException failure) {
            // A refusal that may pass later leaves the package unacknowledged, to be offered again at the next poll.
            Refusal refusal = Refusals.of(failure).filter(r -> r.retryAfterSeconds().isEmpty())
                    .orElseThrow(() -> failure);
            return refused(partner, id, refusal);
        }
    }

    /** The platform's transport outcome carries the refusal's reasons on one line. */
    private static String refused(ConnectorDefinition partner, String id, Refusal refusal) {
        String reasons = String.join("; ", refusal.reasons());
        log.warn("{} {}: package {} refused: {}", partner.transport().key(), partner.id(), id, reasons);
        return reasons;
    }
}
