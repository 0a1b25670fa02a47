package vn.lienthong.connectors.soap;

import java.util.List;
import java.util.Map;

import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.soap.SOAPFaultException;

import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.headers.Header;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import vn.lienthong.connectors.dispatch.ConnectorClients;
import vn.lienthong.connectors.spi.DeliveryOutcome;
import vn.lienthong.connectors.dispatch.DispatchHeaders;
import vn.lienthong.connectors.spi.OutboundDelivery;
import vn.lienthong.connectors.spi.Transport;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.schemas.soap.DocumentPortType;
import vn.lienthong.schemas.soap.GatewayFault;
import vn.lienthong.schemas.soap.Receipt;
import vn.lienthong.schemas.soap.SendDocument;

/**
 * The {@code soap} transport: calls {@code SendDocument} of the partner's document service (the contract of
 * {@code wsdl/documents.wsdl}) with the stable message id as a SOAP header and as an HTTP header.
 */
public class SoapTransport implements Transport {

    /** The SOAP header element that carries the delivery id, as declared in documents.xsd. */
    public static final QName MESSAGE_ID_HEADER = new QName("urn:lienthong:soap:documents:1", "MessageId");

    /** One proxy per connector, because each connector sets its own endpoint and timeouts. */
    /** A proxy holds its endpoint and timeouts, so an edited connector gets a new one. */
    private final ConnectorClients<DocumentPortType> clients = new ConnectorClients<>(SoapTransport::newPort);

    @Override
    public DeliveryOutcome send(ConnectorDefinition connector, OutboundDelivery delivery) {
        DocumentPortType port = clientFor(connector);
        Map<String, Object> request = ((BindingProvider) port).getRequestContext();
        request.put(Header.HEADER_LIST, List.of(new Header(MESSAGE_ID_HEADER, messageIdElement(delivery.deliveryId()))));
        request.put(MessageContext.HTTP_REQUEST_HEADERS,
                Map.of(DispatchHeaders.MESSAGE_ID_HTTP_HEADER, List.of(delivery.deliveryId())));
        SendDocument call = new SendDocument();
        call.setPackage(delivery.packageBytes());
        try {
            Receipt receipt = port.sendDocument(call);
            return DeliveryOutcome.accepted(200, "SendDocument accepted: id " + receipt.getId() + ", " + receipt.getStatus());
        } catch (GatewayFault e) {
            return SoapFaultClassifier.classify(e);
        } catch (SOAPFaultException e) {
            return SoapFaultClassifier.classify(e);
        } catch (WebServiceException e) {
            return SoapFaultClassifier.classify(e, connector);
        }
    }

    private DocumentPortType clientFor(ConnectorDefinition connector) {
        return clients.clientFor(connector);
    }

    private static DocumentPortType newPort(ConnectorDefinition connector) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(DocumentPortType.class);
        factory.setAddress(connector.endpoint().toString());
        DocumentPortType port = (DocumentPortType) factory.create();
        // Each dispatch thread sets its own headers on a proxy shared by the connector's consumers.
        ((BindingProvider) port).getRequestContext().put("thread.local.request.context", "true");
        Client client = ClientProxy.getClient(port);
        SocketTimeoutConduits.use(client.getEndpoint().getEndpointInfo());
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(connector.timeouts().connect().toMillis());
        policy.setReceiveTimeout(connector.timeouts().read().toMillis());
        policy.setAllowChunking(false);
        ((HTTPConduit) client.getConduit()).setClient(policy);
        return port;
    }

    private static Element messageIdElement(String deliveryId) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().newDocument();
            Element element = document.createElementNS(MESSAGE_ID_HEADER.getNamespaceURI(), "lt:MessageId");
            element.setTextContent(deliveryId);
            return element;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no DOM implementation", e);
        }
    }
}
