package vn.lienthong.connectors.vdxp;

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

/** The {@code vdxp} transport: the national document exchange platform, sent to and polled. */
@AutoService(TransportProvider.class)
public final class VdxpTransportProvider implements TransportProvider {

    public static final TransportType TYPE = TransportType.of("vdxp");
    /** Recorded as the channel of the packages that come in over this transport. */
    public static final Channel CHANNEL = Channel.of("VDXP");

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
        return Optional.of(VdxpSettings.class);
    }

    /** The platform's inbox is polled with the transport's own client. */
    @Override
    public Optional<PolledInbox> polledInbox(Transport transport) {
        return Optional.of((VdxpTransport) transport);
    }

    @Override
    public Transport transport(TransportContext context) {
        return new VdxpTransport(new VdxpClient(context.environment(), context.clock()));
    }

    @Override
    public Optional<Channel> intakeChannel() {
        return Optional.of(CHANNEL);
    }

    @Override
    public int listingOrder() {
        return 30;
    }
}
