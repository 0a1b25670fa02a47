package vn.lienthong.gateway.soap;

import java.time.Clock;

import jakarta.jws.WebService;

import org.springframework.stereotype.Component;

import vn.lienthong.connectors.soap.SoapTransportProvider;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.gateway.api.PartnerAuthenticator;
import vn.lienthong.gateway.api.PartnerLimits;
import vn.lienthong.gateway.inbox.PartnerInbox;
import vn.lienthong.gateway.intake.InboundPackage;
import vn.lienthong.gateway.intake.IntakeService;
import vn.lienthong.schemas.soap.AcknowledgeDocument;
import vn.lienthong.schemas.soap.AcknowledgeDocumentResponse;
import vn.lienthong.schemas.soap.DocumentPortType;
import vn.lienthong.schemas.soap.GatewayFault;
import vn.lienthong.schemas.soap.GetDocument;
import vn.lienthong.schemas.soap.GetDocumentResponse;
import vn.lienthong.schemas.soap.GetPendingDocuments;
import vn.lienthong.schemas.soap.GetPendingDocumentsResponse;
import vn.lienthong.schemas.soap.Receipt;
import vn.lienthong.schemas.soap.SendDocument;
import vn.lienthong.schemas.soap.SendStatus;

/** The SOAP intake and pull adapter: authenticates the caller like REST and delegates to the shared services. */
@Component
@WebService(endpointInterface = "vn.lienthong.schemas.soap.DocumentPortType", serviceName = "DocumentService",
        portName = "DocumentPort", targetNamespace = SoapConfiguration.NAMESPACE,
        wsdlLocation = SoapConfiguration.WSDL_LOCATION)
public class DocumentServiceEndpoint implements DocumentPortType {

    private final PartnerAuthenticator authenticator;
    private final PartnerLimits limits;
    private final IntakeService intake;
    private final PartnerInbox inbox;
    private final Clock clock;

    DocumentServiceEndpoint(PartnerAuthenticator authenticator, PartnerLimits limits, IntakeService intake,
                            PartnerInbox inbox, Clock clock) {
        this.authenticator = authenticator;
        this.limits = limits;
        this.intake = intake;
        this.inbox = inbox;
        this.clock = clock;
    }

    @Override
    public Receipt sendDocument(SendDocument request) throws GatewayFault {
        return SoapFaults.guard(() -> SoapMapper.receipt(intake.receiveDocument(canonical(request.getPackage()))));
    }

    @Override
    public Receipt sendStatus(SendStatus request) throws GatewayFault {
        return SoapFaults.guard(() -> SoapMapper.receipt(intake.receiveStatus(canonical(request.getPackage()))));
    }

    @Override
    public GetPendingDocumentsResponse getPendingDocuments(GetPendingDocuments request) throws GatewayFault {
        return SoapFaults.guard(() -> SoapMapper.pending(inbox.pending(caller())));
    }

    @Override
    public GetDocumentResponse getDocument(GetDocument request) throws GatewayFault {
        return SoapFaults.guard(() -> SoapMapper.document(request.getId(), inbox.content(caller(), request.getId())));
    }

    @Override
    public AcknowledgeDocumentResponse acknowledgeDocument(AcknowledgeDocument request) throws GatewayFault {
        return SoapFaults.guard(() -> SoapMapper.acknowledged(request.getId(),
                inbox.acknowledge(caller(), request.getId())));
    }

    /** The same refusals as REST, in the same order; CXF has already read the body, so its size is checked after. */
    private InboundPackage canonical(byte[] bytes) {
        ConnectorDefinition partner = caller();
        limits.admit(partner);
        byte[] body = limits.checkSize(partner, bytes == null ? new byte[0] : bytes);
        return new InboundPackage(body, SoapTransportProvider.CHANNEL, partner, clock.instant());
    }

    private ConnectorDefinition caller() {
        return authenticator.authenticate(SoapRequestHeaders.credentials());
    }
}
