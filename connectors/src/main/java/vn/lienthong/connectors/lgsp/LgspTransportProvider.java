package vn.lienthong.connectors.lgsp;

import java.util.Optional;

import com.google.auto.service.AutoService;

import vn.lienthong.connectors.spi.Channel;
import vn.lienthong.connectors.spi.EndpointKind;
import vn.lienthong.connectors.spi.PolledInbox;
import vn.lienthong.connectors.spi.Transport;
import vn.lienthong.connectors.spi.TransportContext;
import vn.lienthong.connectors.spi.TransportProvider;
import vn.lienthong.connectors.spi.TransportSettings;
import vn.lienthong.connectors.spi.TransportType;

/** The {@code lgsp} transport: the province's integration platform, sent to and polled. */
@AutoService(TransportProvider.class)
public final class LgspTransportProvider implements TransportProvider {

    public static final TransportType TYPE = TransportType.of("lgsp");
    /** Recorded as the channel of the packages that come in over this transport. */
    public static final Channel CHANNEL = Channel.of("LGSP");

    @Override
    public TransportType type() {
        return TYPE;
    }

    @Override
    public EndpointKind endpoint() {
        return EndpointKind.HTTP_URL;
    }

    @Override
    public Optional<Class<? extends TransportSettings>> settings() {
        return Optional.of(LgspSettings.class);
    }

    /** The platform's inbox is polled with the transport's own client. */
    @Override
    public Optional<PolledInbox> polledInbox(Transport transport) {
        return Optional.of((LgspTransport) transport);
    }
    @Override
    public Transport transport(TransportContext context) {
        return new LgspTransport(new LgspClient(context.environment(), context.clock()));
    }

    @Override
    public Optional<Channel> intakeChannel() {
        return Optional.of(CHANNEL);
    }

    @Override
    public int listingOrder() {
        return 40;
    }
}
