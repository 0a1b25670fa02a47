package vn.lienthong.gateway.soap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.handler.MessageContext;

import org.apache.cxf.transport.http.HTTPConduit;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.GatewayIT;
import vn.lienthong.gateway.support.SamplePackages;
import vn.lienthong.schemas.soap.DocumentPortType;
import vn.lienthong.schemas.soap.DocumentService;
import vn.lienthong.simulators.SoapPartnerSimulator;

/**
 * The gateway of {@link GatewayIT} plus a district office that speaks SOAP (reached through the SOAP simulator)
 * and a school that pulls its documents from an inbox. Their files join the shared connector directory (agencies no
 * other test addresses), because the base class's property source names that directory.
 */
abstract class SoapPartnersIT extends GatewayIT {

    protected static final String SOAP_DISTRICT = "000.22.31.H53";
    protected static final String PULLING_SCHOOL = "000.23.31.H53";
    protected static final String SCHOOL_KEY = "it-key-thcs-nguyen-du";

    protected static final SoapPartnerSimulator canLocSystem;

    static {
        try {
            canLocSystem = SoapPartnerSimulator.start(0);
            write("phong-gddt-can-loc", """
                    id: phong-gddt-can-loc
                    name: "Phòng GD&ĐT Can Lộc"
                    agencies: ["%s"]
                    transport: soap
                    endpoint: "%s"
                    retry: { max-attempts: 10, initial-delay: 200ms, multiplier: 1.5, max-delay: 1s }
                    timeouts: { connect: 2s, read: 5s }
                    """.formatted(SOAP_DISTRICT, canLocSystem.endpoint()));
            write("thcs-nguyen-du", """
                    id: thcs-nguyen-du
                    name: "Trường THCS Nguyễn Du"
                    agencies: ["%s"]
                    transport: inbox
                    inbound:
                      api-key-sha256: "%s"
                    """.formatted(PULLING_SCHOOL, ConnectorFiles.sha256(SCHOOL_KEY)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(String id, String yaml) throws IOException {
        Files.writeString(connectorsDir.resolve(id + ".yaml"), yaml, StandardCharsets.UTF_8);
    }

    /** A renumbered copy of the sample addressed to {@code agency} instead of the Ministry. */
    protected static byte[] documentFor(String agency, int number) {
        String xml = new String(SamplePackages.validDocumentNumbered(number), StandardCharsets.UTF_8);
        return xml.replace(MINISTRY, agency).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A client built from the WSDL the running gateway publishes, authenticated with {@code apiKey}. The gateway
     * answers refusals with their 4xx status rather than SOAP 1.1's 500, and a CXF client reads a fault from a 4xx
     * answer only when told to.
     */
    protected DocumentPortType soapClient(String apiKey) {
        DocumentPortType port = new DocumentService(wsdlUrl()).getDocumentPort();
        ((BindingProvider) port).getRequestContext().put(MessageContext.HTTP_REQUEST_HEADERS,
                Map.of("X-API-Key", List.of(apiKey)));
        ((BindingProvider) port).getRequestContext().put(HTTPConduit.NO_IO_EXCEPTIONS, true);
        return port;
    }

    protected URL wsdlUrl() {
        try {
            return new URL("http://127.0.0.1:" + port + "/soap/documents?wsdl");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
