package vn.lienthong.gateway.soap;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.apache.cxf.transport.http.AbstractHTTPDestination;

/** Reads HTTP headers of the SOAP request being served, which JAX-WS does not hand to the operation. */
final class SoapRequestHeaders {

    private SoapRequestHeaders() {
    }

    /** The header's value, or {@code null} when absent or when called outside a SOAP request. */
    static String current(String name) {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        if (message == null) {
            return null;
        }
        Object request = message.get(AbstractHTTPDestination.HTTP_REQUEST);
        return request instanceof HttpServletRequest http ? http.getHeader(name) : null;
    }
}
