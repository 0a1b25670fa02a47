package vn.lienthong.connectors.soap;

import java.util.Optional;

import com.google.auto.service.AutoService;

import vn.lienthong.connectors.spi.Channel;
import vn.lienthong.connectors.spi.EndpointKind;
import vn.lienthong.connectors.spi.Transport;
import vn.lienthong.connectors.spi.TransportContext;
import vn.lienthong.connectors.spi.TransportProvider;
import vn.lienthong.connectors.spi.TransportType;

/** The {@code soap} transport: the SOAP document service at the partner's endpoint. */
@AutoService(TransportProvider.class)
public final class SoapTransportProvider implements TransportProvider {

    public static final TransportType TYPE = TransportType.of("soap");
    /** Recorded as the channel of the packages that come in over this transport. */
    public static final Channel CHANNEL = Channel.of("SOAP");

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
        return new SoapTransport();
    }

    @Override
    public Optional<Channel> intakeChannel() {
        return Optional.of(CHANNEL);
    }

    @Override
    public int listingOrder() {
        return 20;
    }
}
