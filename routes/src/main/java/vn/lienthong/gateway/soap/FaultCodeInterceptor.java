package vn.lienthong.gateway.soap;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

import vn.lienthong.schemas.soap.GatewayFault;

/**
 * Gives refusals of the request (status 4xx) the SOAP fault code Client, so a caller knows that sending the same
 * message again is pointless; CXF would otherwise answer every declared fault with the code Server.
 */
class FaultCodeInterceptor extends AbstractPhaseInterceptor<Message> {

    FaultCodeInterceptor() {
        super(Phase.POST_PROTOCOL);
    }

    @Override
    public void handleMessage(Message message) {
        if (message.getContent(Exception.class) instanceof Fault fault
                && fault.getCause() instanceof GatewayFault refusal
                && refusal.getFaultInfo() != null && refusal.getFaultInfo().getStatus() < 500) {
            fault.setFaultCode(Fault.FAULT_CODE_CLIENT);
        }
    }
}
