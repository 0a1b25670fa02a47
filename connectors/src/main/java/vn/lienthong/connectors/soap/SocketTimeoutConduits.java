package vn.lienthong.connectors.soap;

import java.io.IOException;

import org.apache.cxf.Bus;
import org.apache.cxf.service.model.EndpointInfo;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transport.http.HTTPConduitFactory;
import org.apache.cxf.transport.http.HTTPTransportFactory;
import org.apache.cxf.transport.http.URLConnectionHTTPConduit;
import org.apache.cxf.ws.addressing.EndpointReferenceType;

/**
 * Gives a SOAP client CXF's socket-based conduit, whose receive timeout bounds every read of the answer: the default
 * conduit on the JDK HTTP client stops timing at the response headers, so a partner that stalls its body would hold
 * a dispatch thread until the partner's own server gave up.
 */
final class SocketTimeoutConduits implements HTTPConduitFactory {

    static final SocketTimeoutConduits INSTANCE = new SocketTimeoutConduits();

    private SocketTimeoutConduits() {
    }

    /** Makes the endpoint's conduit, when it is first created, a socket-based one. */
    static void use(EndpointInfo endpoint) {
        endpoint.setProperty(HTTPConduitFactory.class.getName(), INSTANCE);
    }

    @Override
    public HTTPConduit createConduit(HTTPTransportFactory transport, Bus bus, EndpointInfo endpoint,
                                     EndpointReferenceType target) throws IOException {
        return new URLConnectionHTTPConduit(bus, endpoint, target);
    }
}
