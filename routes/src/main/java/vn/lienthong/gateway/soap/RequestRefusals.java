package vn.lienthong.gateway.soap;

import java.util.List;

import javax.xml.stream.XMLStreamException;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;

import org.apache.cxf.interceptor.Fault;
import org.w3c.dom.Element;

import vn.lienthong.gateway.refusal.Refusal;
import vn.lienthong.schemas.model.Violation;
import vn.lienthong.schemas.soap.GatewayFault;
import vn.lienthong.schemas.soap.GatewayProblem;

/**
 * Tells which SOAP faults refuse the caller's request and with which problem: the service's own GatewayFault, and
 * the faults CXF raises itself while reading a hostile envelope (a DOCTYPE, nesting past its limit, bytes that are
 * not XML, a body over the size limit), which get the same problem vocabulary with the element {@code (envelope)}.
 */
final class RequestRefusals {

    static final String ENVELOPE = "(envelope)";
    /** The envelope's nesting limit, as deep as the package's own: nothing in the contract needs more. */
    static final int MAX_DEPTH = 100;

    private static final JAXBContext PROBLEM_CONTEXT = problemContext();

    private RequestRefusals() {
    }

    /**
     * The problem the fault reports to the caller, or null when it is the gateway's own failure; CXF's own faults
     * count as the caller's only {@code whileReading} the request.
     */
    static GatewayProblem problemOf(Fault fault, boolean whileReading) {
        for (Throwable cause = fault; cause != null; cause = cause.getCause()) {
            if (cause instanceof GatewayFault refusal && refusal.getFaultInfo() != null) {
                return refusal.getFaultInfo();
            }
            // A refusal raised outside the service, like the size limit's interceptor, renders as the service's own.
            if (cause instanceof Refusal refusal) {
                return SoapFaults.problem(refusal);
            }
        }
        return whileReading ? unreadableEnvelope(fault) : null;
    }

    /** Adds the problem as the fault's detail, unless the service already put its GatewayProblem there. */
    static void describeInDetail(Fault fault, GatewayProblem problem) {
        if (fault.getCause() instanceof GatewayFault) {
            return;
        }
        Element detail = fault.getOrCreateDetail();
        try {
            PROBLEM_CONTEXT.createMarshaller().marshal(problem, detail);
        } catch (JAXBException e) {
            throw new IllegalStateException("GatewayProblem cannot be written", e);
        }
    }

    /** CXF marks what it could not read as the client's fault; the parser's message says which rule was broken. */
    private static GatewayProblem unreadableEnvelope(Fault fault) {
        XMLStreamException unreadable = find(fault, XMLStreamException.class);
        // CXF's own code is {http://cxf.apache.org/faultcode}client; SOAP's are Client (1.1) and Sender (1.2).
        boolean clientCode = fault.getFaultCode() != null
                && ("client".equalsIgnoreCase(fault.getFaultCode().getLocalPart())
                        || "Sender".equals(fault.getFaultCode().getLocalPart()));
        if (unreadable == null && !clientCode) {
            return null;
        }
        String reason = String.valueOf(unreadable != null ? unreadable.getMessage() : fault.getMessage());
        String rule = reason.contains("DOCTYPE") || reason.contains("DTD") ? "no-doctype"
                : reason.toLowerCase(java.util.Locale.ROOT).contains("depth") ? "max-element-depth " + MAX_DEPTH
                : reason.startsWith("Unmarshalling Error") ? "wsdl-schema: the request must match documents.xsd"
                : "well-formed-xml";
        String detail = ENVELOPE + ": " + rule + " (was \"" + reason + "\")";
        return SoapFaults.problem(new Refusal("invalid-request", 400, "Invalid SOAP request", detail,
                List.of(new Violation(ENVELOPE, rule, reason))));
    }

    private static <T extends Throwable> T find(Throwable fault, Class<T> type) {
        for (Throwable cause = fault; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static JAXBContext problemContext() {
        try {
            return JAXBContext.newInstance(GatewayProblem.class);
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }
}
