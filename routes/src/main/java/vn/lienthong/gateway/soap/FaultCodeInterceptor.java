package vn.lienthong.gateway.soap;

import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.phase.Phase;

import vn.lienthong.schemas.soap.GatewayFault;

/**
 * Gives refusals of the request (status 4xx) the SOAP fault code Client, so a caller knows that sending the same
 * message again is pointless; CXF would otherwise answer every declared fault with the code Server.
 */
class FaultCodeInterceptor extends AbstractSoapInterceptor {

    FaultCodeInterceptor() {
        super(Phase.MARSHAL);
        addBefore("org.apache.cxf.binding.soap.interceptor.Soap11FaultOutInterceptor$Soap11FaultOutInterceptorInternal");
        addBefore("org.apache.cxf.binding.soap.interceptor.Soap12FaultOutInterceptor$Soap12FaultOutInterceptorInternal");
    }

    @Override
    public void handleMessage(SoapMessage message) {
        if (message.getContent(Exception.class) instanceof Fault fault && isRequestRefusal(fault)) {
            fault.setFaultCode(fault instanceof SoapFault ? message.getVersion().getSender() : Fault.FAULT_CODE_CLIENT);
        }
    }

    private static boolean isRequestRefusal(Throwable fault) {
        for (Throwable cause = fault; cause != null; cause = cause.getCause()) {
            if (cause instanceof GatewayFault refusal && refusal.getFaultInfo() != null) {
                return refusal.getFaultInfo().getStatus() < 500;
            }
        }
        return false;
    }
}
