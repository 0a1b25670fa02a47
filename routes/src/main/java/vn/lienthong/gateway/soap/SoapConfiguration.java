package vn.lienthong.gateway.soap;

import javax.xml.namespace.QName;

import jakarta.xml.ws.Endpoint;

import org.apache.cxf.Bus;
import org.apache.cxf.jaxws.EndpointImpl;
import org.apache.cxf.staxutils.StaxUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lienthong.gateway.config.LienthongProperties;

/** Publishes the SOAP services on the CXF servlet ({@code cxf.path=/soap}): the document service at /soap/documents. */
@Configuration(proxyBeanMethods = false)
public class SoapConfiguration {

    static final String NAMESPACE = "urn:lienthong:soap:documents:1";
    static final String WSDL_LOCATION = "classpath:wsdl/documents.wsdl";

    /** Published from the hand-written WSDL, so the contract partners fetch is the one reviewed, not a derived one. */
    @Bean
    Endpoint documentServicePublication(Bus bus, DocumentServiceEndpoint implementor, LienthongProperties properties) {
        EndpointImpl endpoint = new EndpointImpl(bus, implementor);
        endpoint.setWsdlLocation(WSDL_LOCATION);
        endpoint.setServiceName(new QName(NAMESPACE, "DocumentService"));
        endpoint.setEndpointName(new QName(NAMESPACE, "DocumentPort"));
        endpoint.getProperties().put(StaxUtils.MAX_ELEMENT_DEPTH, RequestRefusals.MAX_DEPTH);
        endpoint.getInInterceptors().add(new SoapSizeLimitInterceptor(properties.intake().maxPackageSize().toBytes()));
        endpoint.getOutFaultInterceptors().add(new FaultCodeInterceptor());
        endpoint.publish("/documents");
        return endpoint;
    }
}
