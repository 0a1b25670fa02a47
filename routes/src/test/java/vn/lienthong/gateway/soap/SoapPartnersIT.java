package vn.lienthong.gateway.soap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.handler.MessageContext;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.GatewayIT;
import vn.lienthong.gateway.support.SamplePackages;
import vn.lienthong.schemas.soap.DocumentPortType;
import vn.lienthong.schemas.soap.DocumentService;
import vn.lienthong.simulators.SoapPartnerSimulator;

/**
 * The gateway of {@link GatewayIT} plus a district office that speaks SOAP (reached through the SOAP simulator)
 * and a school that pulls its documents from an inbox; its own connector directory keeps them from other tests.
 */
abstract class SoapPartnersIT extends GatewayIT {

    protected static final String SOAP_DISTRICT = "000.22.31.H53";
    protected static final String PULLING_SCHOOL = "000.23.31.H53";
    protected static final String SCHOOL_KEY = "it-key-thcs-nguyen-du";

    protected static final SoapPartnerSimulator canLocSystem;
    private static final Path soapConnectorsDir;

    static {
        try {
            canLocSystem = SoapPartnerSimulator.start(0);
            soapConnectorsDir = Files.createTempDirectory("lienthong-it-soap-connectors");
            try (Stream<Path> files = Files.list(connectorsDir)) {
                for (Path file : files.toList()) {
                    Files.copy(file, soapConnectorsDir.resolve(file.getFileName()));
                }
            }
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

    @DynamicPropertySource
    static void soapConnectors(DynamicPropertyRegistry registry) {
        registry.add("lienthong.connectors-dir", soapConnectorsDir::toString);
    }

    private static void write(String id, String yaml) throws IOException {
        Files.writeString(soapConnectorsDir.resolve(id + ".yaml"), yaml, StandardCharsets.UTF_8);
    }

    /** A renumbered copy of the sample addressed to {@code agency} instead of the Ministry. */
    protected static byte[] documentFor(String agency, int number) {
        String xml = new String(SamplePackages.validDocumentNumbered(number), StandardCharsets.UTF_8);
        return xml.replace(MINISTRY, agency).getBytes(StandardCharsets.UTF_8);
    }

    /** A client built from the WSDL the running gateway publishes, authenticated with {@code apiKey}. */
    protected DocumentPortType soapClient(String apiKey) {
        DocumentPortType port = new DocumentService(wsdlUrl()).getDocumentPort();
        ((BindingProvider) port).getRequestContext().put(MessageContext.HTTP_REQUEST_HEADERS,
                Map.of("X-API-Key", List.of(apiKey)));
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
