package vn.lienthong.gateway.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.env.StandardEnvironment;

import vn.lienthong.connectors.inbox.InboxDeposit;
import vn.lienthong.connectors.inbox.InboxTransportProvider;
import vn.lienthong.connectors.spi.Channel;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.DeliveryOutcome;
import vn.lienthong.connectors.spi.EndpointKind;
import vn.lienthong.connectors.spi.OutboundDelivery;
import vn.lienthong.connectors.spi.PolledInbox;
import vn.lienthong.connectors.spi.RetryPolicy;
import vn.lienthong.connectors.spi.SignatureVerifyMode;
import vn.lienthong.connectors.spi.Timeouts;
import vn.lienthong.connectors.spi.Transport;
import vn.lienthong.connectors.spi.TransportContext;
import vn.lienthong.connectors.spi.TransportProvider;
import vn.lienthong.connectors.spi.TransportProviders;
import vn.lienthong.connectors.spi.TransportType;
import vn.lienthong.connectors.vdxp.VdxpTransportProvider;

/**
 * The gateway builds every provider's transport and polled inbox with what it lends them, so a provider added to the
 * class path is dispatched to and polled like the built-in ones.
 */
class InstalledTransportsTest {

    private static final TransportType EXTRA = TransportType.of("mot-cua");
    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

    private final List<String> deposited = new ArrayList<>();
    private final DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
    private final InstalledTransports transports;

    InstalledTransportsTest() {
        InboxDeposit deposit = (deliveryId, connectorId, messageId, at) -> deposited.add(deliveryId + "@" + at);
        beans.registerSingleton("deposit", deposit);
        transports = new InstalledTransports(TransportProviders.discovered().with(new PolledExtraProvider()),
                new StandardEnvironment(), Clock.fixed(NOW, ZoneOffset.UTC), beans);
    }

    @Test
    void anExtraProvidersTransportIsTheOneDispatchedTo() {
        DeliveryOutcome outcome = transports.transport(EXTRA).send(connector(EXTRA), delivery());

        assertThat(outcome.detail()).isEqualTo("nộp qua một cửa: d-1");
    }

    @Test
    void anExtraProvidersInboxIsPolledAndItsChannelRecorded() throws IOException {
        Optional<PolledInbox> inbox = transports.polledInbox(EXTRA);

        assertThat(inbox).isPresent();
        assertThat(inbox.get().pendingIds(connector(EXTRA))).containsExactly("hs-001");
        assertThat(transports.intakeChannel(EXTRA)).contains(Channel.of("MOT_CUA"));
    }

    @Test
    void theBuiltInPlatformsArePolledAndTheOthersAreNot() {
        assertThat(transports.polledInbox(VdxpTransportProvider.TYPE)).isPresent();
        assertThat(transports.polledInbox(InboxTransportProvider.TYPE)).isEmpty();
        assertThat(transports.intakeChannel(VdxpTransportProvider.TYPE)).contains(Channel.of("VDXP"));
    }

    @Test
    void theInboxTransportWritesThroughTheDepositTheGatewayLends() {
        DeliveryOutcome outcome = transports.transport(InboxTransportProvider.TYPE)
                .send(connector(InboxTransportProvider.TYPE), delivery());

        assertThat(outcome.result()).isEqualTo(DeliveryOutcome.Result.ACCEPTED);
        assertThat(deposited).containsExactly("d-1@" + NOW);
    }

    private static ConnectorDefinition connector(TransportType type) {
        return new ConnectorDefinition("mot-cua-ha-tinh", "Một cửa tỉnh Hà Tĩnh", List.of("000.00.13.H53"), type,
                URI.create("https://motcua.hatinh.example.gov.vn/api"), null, RetryPolicy.DEFAULT,
                SignatureVerifyMode.DEFAULT, false, Timeouts.DEFAULT, 1, null, null);
    }

    private static OutboundDelivery delivery() {
        return new OutboundDelivery("d-1", "m-1", "doc-1", "mot-cua-ha-tinh", List.of("000.00.13.H53"), new byte[0], 1);
    }

    /** A transport outside this build, with an inbox of its own; one class, like any new transport. */
    private static final class PolledExtraProvider implements TransportProvider, PolledInbox {

        @Override
        public TransportType type() {
            return EXTRA;
        }

        @Override
        public EndpointKind endpoint() {
            return EndpointKind.HTTP_URL;
        }

        @Override
        public Transport transport(TransportContext context) {
            return (connector, delivery) -> DeliveryOutcome.accepted(200, "nộp qua một cửa: " + delivery.deliveryId());
        }

        @Override
        public Optional<PolledInbox> polledInbox(Transport transport) {
            return Optional.of(this);
        }

        @Override
        public Optional<Channel> intakeChannel() {
            return Optional.of(Channel.of("MOT_CUA"));
        }

        @Override
        public List<String> pendingIds(ConnectorDefinition connector) {
            return List.of("hs-001");
        }

        @Override
        public byte[] fetch(ConnectorDefinition connector, String id) {
            return new byte[0];
        }

        @Override
        public void acknowledge(ConnectorDefinition connector, String id, boolean accepted, String reason) {
        }
    }
}
