package vn.lienthong.gateway.soap;

import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.Phase;

import vn.lienthong.schemas.soap.GatewayProblem;

/**
 * Gives refusals of the request (status 4xx) the SOAP fault code Client (SOAP 1.2: Sender), so a caller knows that
 * sending the same message again is pointless, and the refusal's own HTTP status instead of SOAP 1.1's 500: a
 * client's mistake must never read as the gateway's failure. CXF would otherwise answer every fault Server / 500.
 * Runs after the fault-out interceptor has set the status from the fault and before the fault is written.
 */
class FaultCodeInterceptor extends AbstractSoapInterceptor {

    FaultCodeInterceptor() {
        super(Phase.MARSHAL);
        addBefore("org.apache.cxf.binding.soap.interceptor.Soap11FaultOutInterceptor$Soap11FaultOutInterceptorInternal");
        addBefore("org.apache.cxf.binding.soap.interceptor.Soap12FaultOutInterceptor$Soap12FaultOutInterceptorInternal");
    }

    @Override
    public void handleMessage(SoapMessage message) {
        if (!(message.getContent(Exception.class) instanceof Fault fault)) {
            return;
        }
        // A fault raised before any answer was produced comes from reading the request, not from writing the answer.
        boolean whileReading = message.getExchange() == null || message.getExchange().getOutMessage() == null;
        GatewayProblem problem = RequestRefusals.problemOf(fault, whileReading);
        if (problem == null || problem.getStatus() >= 500) {
            return;
        }
        fault.setFaultCode(fault instanceof SoapFault ? message.getVersion().getSender() : Fault.FAULT_CODE_CLIENT);
        fault.setStatusCode(problem.getStatus());
        message.put(Message.RESPONSE_CODE, problem.getStatus());
        RequestRefusals.describeInDetail(fault, problem);
    }
}
