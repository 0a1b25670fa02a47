package vn.lienthong.connectors.folder;

import java.util.Optional;

import com.google.auto.service.AutoService;

import vn.lienthong.connectors.spi.Channel;
import vn.lienthong.connectors.spi.EndpointKind;
import vn.lienthong.connectors.spi.Transport;
import vn.lienthong.connectors.spi.TransportContext;
import vn.lienthong.connectors.spi.TransportProvider;
import vn.lienthong.connectors.spi.TransportType;

/** The {@code folder} transport: files written to, and read from, a shared directory. */
@AutoService(TransportProvider.class)
public final class FolderTransportProvider implements TransportProvider {

    public static final TransportType TYPE = TransportType.of("folder");
    /** Recorded as the channel of the packages that come in over this transport. */
    public static final Channel CHANNEL = Channel.of("FOLDER");

    @Override
    public TransportType type() {
        return TYPE;
    }

    @Override
    public EndpointKind endpoint() {
        return EndpointKind.FOLDER;
    }

    @Override
    public Transport transport(TransportContext context) {
        return new FolderTransport();
    }

    @Override
    public Optional<Channel> intakeChannel() {
        return Optional.of(CHANNEL);
    }

    @Override
    public int listingOrder() {
        return 50;
    }
}
