package vn.lienthong.connectors.rest;

import java.util.Optional;

import com.google.auto.service.AutoService;

import vn.lienthong.connectors.spi.Channel;
import vn.lienthong.connectors.spi.EndpointKind;
import vn.lienthong.connectors.spi.Transport;
import vn.lienthong.connectors.spi.TransportContext;
import vn.lienthong.connectors.spi.TransportProvider;
import vn.lienthong.connectors.spi.TransportType;

/** The {@code rest} transport: an HTTP POST of the package to the partner's endpoint. */
@AutoService(TransportProvider.class)
public final class RestTransportProvider implements TransportProvider {

    public static final TransportType TYPE = TransportType.of("rest");
    /** Recorded as the channel of the packages that come in over this transport. */
    public static final Channel CHANNEL = Channel.of("REST");

    @Override
    public TransportType type() {
        return TYPE;
    }

    @Override
    public EndpointKind endpoint() {
        return EndpointKind.HTTP_URL;
    }

    @Override
    public Transport transport(TransportContext context) {
        return new RestTransport();
    }

    @Override
    public Optional<Channel> intakeChannel() {
        return Optional.of(CHANNEL);
    }

    @Override
    public int listingOrder() {
        return 10;
    }
}
