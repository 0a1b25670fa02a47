package vn.lienthong.gateway.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.SamplePackages;
import vn.lienthong.simulators.ReceivedSoapPackage;
import vn.lienthong.simulators.RestPartnerSimulator;
import vn.lienthong.simulators.SoapPartnerSimulator;
import vn.lienthong.simulators.VdxpPlatformSimulator;

/** Reloads reach the transports' clients and the platform polls: an edited SOAP endpoint, a new and a removed VDXP file. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TransportReloadIT {

    private static final String CAN_LOC = "000.20.32.H53";
    private static final String GOVERNMENT_OFFICE = "000.00.00.G22";
    private static final String VDXP_SECRET = "bí-mật-vdxp-thử";
    private static final String RETRY = "{ max-attempts: 3, initial-delay: 200ms, multiplier: 2.0, max-delay: 1s }";
    private static final Path connectorsDir;
    private static final RestPartnerSimulator department;
    private static final RestPartnerSimulator district;
    private static final SoapPartnerSimulator canLocBefore;
    private static final SoapPartnerSimulator canLocAfter;
    private static final VdxpPlatformSimulator nationalPlatform;

    static {
        try {
            connectorsDir = Files.createTempDirectory("lienthong-transport-reload-it");
            department = RestPartnerSimulator.start(0);
            district = RestPartnerSimulator.start(0);
            canLocBefore = SoapPartnerSimulator.start(0);
            canLocAfter = SoapPartnerSimulator.start(0);
            nationalPlatform = VdxpPlatformSimulator.start(0, ConnectorFiles.VDXP_SYSTEM_ID, VDXP_SECRET);
            ConnectorFiles.write(connectorsDir, "so-gddt-ha-tinh", "Sở GD&ĐT Hà Tĩnh", "000.00.13.H53",
                    department.endpoint(), ConnectorFiles.DEPARTMENT_KEY, RETRY);
            ConnectorFiles.write(connectorsDir, "phong-gddt-thach-ha", "Phòng GD&ĐT Thạch Hà", "000.20.31.H53",
                    district.endpoint(), ConnectorFiles.DISTRICT_KEY, RETRY);
            writeSoap(canLocBefore.endpoint());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("lienthong-transport-reload-it-data");
        registry.add("lienthong.data-dir", dataDir::toString);
        registry.add("lienthong.connectors-dir", connectorsDir::toString);
        registry.add("lienthong.connectors-watch.debounce", () -> "200ms");
        registry.add("lienthong.platform.poll-delay", () -> "300ms");
        // The secret as the environment would hold it; Spring's environment is where the loader and transports look.
        registry.add("IT_VDXP_SECRET", () -> VDXP_SECRET);
        registry.add("spring.artemis.embedded.server-id", () -> ThreadLocalRandom.current().nextInt(1, 1_000_000));
    }

    @AfterAll
    static void stopPartners() {
        department.close();
        district.close();
        canLocBefore.close();
        canLocAfter.close();
        nationalPlatform.close();
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    ConnectorRegistry registry;

    @Autowired
    CamelContext camel;

    @Test
    void anEditedSoapEndpointIsUsedByTheNextSend() throws IOException {
        assertThat(post(documentTo(CAN_LOC, 701)).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(canLocBefore.received())
                .anySatisfy(received -> assertThat(bodyOf(received)).contains("<edXML:CodeNumber>701</edXML:CodeNumber>")));

        writeSoap(canLocAfter.endpoint());
        await().atMost(Duration.ofSeconds(20)).until(() -> registry.byId("phong-gddt-can-loc").orElseThrow()
                .endpoint().toString().equals(canLocAfter.endpoint()));

        assertThat(post(documentTo(CAN_LOC, 702)).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(canLocAfter.received())
                .anySatisfy(received -> assertThat(bodyOf(received)).contains("<edXML:CodeNumber>702</edXML:CodeNumber>")));
        assertThat(canLocBefore.received()).noneSatisfy(received -> assertThat(bodyOf(received))
                .contains("<edXML:CodeNumber>702</edXML:CodeNumber>"));
    }

    @Test
    void aNewVdxpFileIsPolledAndARemovedOneNoLonger() throws IOException {
        String routeId = "inbound-vdxp-truc-quoc-gia";
        assertThat(camel.getRoute(routeId)).isNull();
        int pollsBefore = nationalPlatform.pollCount();

        Path file = ConnectorFiles.writeNationalPlatform(connectorsDir, GOVERNMENT_OFFICE, nationalPlatform.endpoint(),
                RETRY);

        await().atMost(Duration.ofSeconds(20)).until(() -> camel.getRoute(routeId) != null);
        await().atMost(Duration.ofSeconds(20)).until(() -> nationalPlatform.pollCount() > pollsBefore);

        Files.delete(file);

        await().atMost(Duration.ofSeconds(20)).until(() -> camel.getRoute(routeId) == null);
        int pollsAfterRemoval = nationalPlatform.pollCount();
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> nationalPlatform.pollCount() == pollsAfterRemoval);
    }

    private static void writeSoap(String endpoint) throws IOException {
        Files.writeString(connectorsDir.resolve("phong-gddt-can-loc.yaml"), """
                id: phong-gddt-can-loc
                name: "Phòng GD&ĐT Can Lộc"
                agencies: ["%s"]
                transport: soap
                endpoint: "%s"
                retry: %s
                timeouts: { connect: 2s, read: 5s }
                """.formatted(CAN_LOC, endpoint, RETRY), StandardCharsets.UTF_8);
    }

    private static String bodyOf(ReceivedSoapPackage received) {
        return new String(received.packageBytes(), StandardCharsets.UTF_8);
    }

    /** The sample from the department, to the Thạch Hà district office and (instead of the Ministry) {@code agency}. */
    private static byte[] documentTo(String agency, int number) {
        return new String(SamplePackages.validDocumentNumbered(number), StandardCharsets.UTF_8)
                .replace("000.00.00.G03", agency).getBytes(StandardCharsets.UTF_8);
    }

    private ResponseEntity<String> post(byte[] body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        headers.set("X-API-Key", ConnectorFiles.DEPARTMENT_KEY);
        return http.exchange("/api/v1/documents", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }
}
