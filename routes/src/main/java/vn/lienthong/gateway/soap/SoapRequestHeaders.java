package vn.lienthong.gateway.soap;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.apache.cxf.transport.http.AbstractHTTPDestination;

import vn.lienthong.gateway.api.PartnerCredentials;

/**
 * Reads the HTTP request behind the SOAP call being served (its headers, its TLS client certificate), which JAX-WS
 * does not hand to the operation.
 */
final class SoapRequestHeaders {

    private SoapRequestHeaders() {
    }

    /** The credentials the caller presented over HTTP; none when called outside a SOAP request. */
    static PartnerCredentials credentials() {
        HttpServletRequest request = currentRequest();
        return request == null ? new PartnerCredentials(null, null) : PartnerCredentials.of(request);
    }

    private static HttpServletRequest currentRequest() {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        if (message == null) {
            return null;
        }
        return message.get(AbstractHTTPDestination.HTTP_REQUEST) instanceof HttpServletRequest http ? http : null;
    }
}
