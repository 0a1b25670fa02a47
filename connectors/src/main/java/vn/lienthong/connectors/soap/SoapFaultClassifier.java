package vn.lienthong.connectors.soap;

import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;

import javax.xml.namespace.QName;

import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.soap.SOAPFaultException;

import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.transport.http.HTTPException;

import vn.lienthong.connectors.spi.DeliveryOutcome;
import vn.lienthong.connectors.rest.RestStatusClassifier;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.schemas.soap.GatewayFault;
import vn.lienthong.schemas.soap.GatewayProblem;

/**
 * Maps what a SOAP call ended with to an outcome: a fault blaming the request (Client / Sender) is a permanent
 * refusal; a server fault, an HTTP 5xx and a network error are transient.
 */
public final class SoapFaultClassifier {

    private static final int MAX_DETAIL = 500;

    private SoapFaultClassifier() {
    }

    /** The partner's declared fault carries an HTTP-like status, as our own problem detail does. */
    public static DeliveryOutcome classify(GatewayFault fault) {
        GatewayProblem problem = fault.getFaultInfo();
        int status = problem == null ? 500 : problem.getStatus();
        String detail = "SOAP fault " + status + ": " + abbreviate(problem == null ? fault.getMessage()
                : problem.getTitle() + ": " + problem.getDetail());
        return status >= 400 && status < 500 && status != 408 && status != 429
                ? DeliveryOutcome.permanentRefusal(500, detail)
                : DeliveryOutcome.transientFailure(500, detail);
    }

    public static DeliveryOutcome classify(SOAPFaultException fault) {
        return classify(fault.getFault().getFaultCodeAsQName(), fault.getFault().getFaultString());
    }

    private static DeliveryOutcome classify(QName code, String reason) {
        String detail = "SOAP fault " + code.getLocalPart() + ": " + abbreviate(reason);
        return isClientCode(code)
                ? DeliveryOutcome.permanentRefusal(500, detail)
                : DeliveryOutcome.transientFailure(500, detail);
    }

    /** Anything short of a SOAP answer: an HTTP status as the {@code rest} transport reads it, else transient. */
    public static DeliveryOutcome classify(WebServiceException failure, ConnectorDefinition connector) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SoapFault fault) {
                // CXF hands some faults over wrapped rather than as a SOAPFaultException.
                return classify(fault.getFaultCode(), fault.getReason());
            }
            if (cause instanceof HTTPException http) {
                return RestStatusClassifier.classify(http.getResponseCode(), abbreviate(http.getResponseMessage()));
            }
            if (cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException) {
                return DeliveryOutcome.transientFailure(null,
                        "no answer from " + connector.endpoint() + " within " + connector.timeouts().read());
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return DeliveryOutcome.transientFailure(null, "SOAP call to " + connector.endpoint() + " failed: "
                + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + abbreviate(root.getMessage())));
    }

    /** SOAP 1.1 says Client, SOAP 1.2 says Sender; both mean the message itself is at fault. */
    static boolean isClientCode(QName code) {
        String local = code.getLocalPart();
        return "Client".equals(local) || "Sender".equals(local) || local.startsWith("Client.");
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL) + "…";
    }
}
