package vn.lienthong.connectors.inbox;

import com.google.auto.service.AutoService;

import vn.lienthong.connectors.spi.EndpointKind;
import vn.lienthong.connectors.spi.Transport;
import vn.lienthong.connectors.spi.TransportContext;
import vn.lienthong.connectors.spi.TransportProvider;
import vn.lienthong.connectors.spi.TransportType;

/**
 * The {@code inbox} transport for partners that pull their documents (and push theirs through the
 * platform-compatible API, not over this transport); its endpoint, if any, is only informative.
 */
@AutoService(TransportProvider.class)
public final class InboxTransportProvider implements TransportProvider {

    public static final TransportType TYPE = TransportType.of("inbox");

    @Override
    public TransportType type() {
        return TYPE;
    }

    @Override
    public EndpointKind endpoint() {
        return EndpointKind.OPTIONAL_HTTP_URL;
    }

    @Override
    public Transport transport(TransportContext context) {
        return new InboxTransport(context.service(InboxDeposit.class), context.clock());
    }

    @Override
    public int listingOrder() {
        return 60;
    }
}
