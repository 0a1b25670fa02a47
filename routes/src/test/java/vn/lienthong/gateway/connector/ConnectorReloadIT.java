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

import com.jayway.jsonpath.JsonPath;
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
import vn.lienthong.simulators.ReceivedPackage;
import vn.lienthong.simulators.RestPartnerSimulator;

/** Connector files edited while the gateway runs: added, broken and removed, without a restart. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ConnectorReloadIT {

    private static final String DEPARTMENT = "000.00.13.H53";
    private static final String RETRY = "{ max-attempts: 3, initial-delay: 200ms, multiplier: 2.0, max-delay: 1s }";
    private static final Path connectorsDir;
    private static final RestPartnerSimulator department;
    private static final RestPartnerSimulator district;
    private static final RestPartnerSimulator newcomer;
    private static final RestPartnerSimulator leaving;
    private static final RestPartnerSimulator edited;

    static {
        try {
            connectorsDir = Files.createTempDirectory("lienthong-reload-it");
            department = RestPartnerSimulator.start(0);
            district = RestPartnerSimulator.start(0);
            newcomer = RestPartnerSimulator.start(0);
            leaving = RestPartnerSimulator.start(0);
            edited = RestPartnerSimulator.start(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ConnectorFiles.write(connectorsDir, "so-gddt-ha-tinh", "Sở GD&ĐT Hà Tĩnh", DEPARTMENT,
                department.endpoint(), ConnectorFiles.DEPARTMENT_KEY, RETRY);
        ConnectorFiles.write(connectorsDir, "phong-gddt-thach-ha", "Phòng GD&ĐT Thạch Hà", "000.20.31.H53",
                district.endpoint(), ConnectorFiles.DISTRICT_KEY, RETRY);
        ConnectorFiles.write(connectorsDir, "phong-gddt-can-loc", "Phòng GD&ĐT Can Lộc", "000.20.32.H53",
                leaving.endpoint(), "it-key-can-loc", RETRY);
        ConnectorFiles.write(connectorsDir, "phong-gddt-huong-son", "Phòng GD&ĐT Hương Sơn", "000.20.34.H53",
                edited.endpoint(), "it-key-huong-son", RETRY);
    }

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("lienthong.data-dir", () -> tempDir("lienthong-reload-it-data").toString());
        registry.add("lienthong.connectors-dir", connectorsDir::toString);
        registry.add("lienthong.connectors-watch.debounce", () -> "200ms");
        registry.add("spring.artemis.embedded.server-id", () -> ThreadLocalRandom.current().nextInt(1, 1_000_000));
    }

    @AfterAll
    static void stopPartners() {
        department.close();
        district.close();
        newcomer.close();
        leaving.close();
        edited.close();
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    ConnectorRegistry registry;

    @Autowired
    CamelContext camel;

    @Test
    void aNewConnectorFileRoutesDocumentsToItsAgencyWithoutRestart() {
        String hongLinh = "000.20.33.H53";
        assertThat(post(documentTo(hongLinh, 601)).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        ConnectorFiles.write(connectorsDir, "phong-gddt-hong-linh", "Phòng GD&ĐT Hồng Lĩnh", hongLinh,
                newcomer.endpoint(), "it-key-hong-linh", RETRY);

        await().atMost(Duration.ofSeconds(20)).until(() -> camel.getRoute("dispatch-rest-phong-gddt-hong-linh") != null);
        byte[] document = documentTo(hongLinh, 602);
        assertThat(post(document).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(newcomer.received())
                .extracting(ReceivedPackage::body).anySatisfy(body -> assertThat(new String(body, StandardCharsets.UTF_8))
                        .contains("<edXML:CodeNumber>602</edXML:CodeNumber>")));
    }

    @Test
    void anInvalidEditIsRefusedAndTheOldDefinitionKeepsWorking() throws IOException {
        Path file = connectorsDir.resolve("phong-gddt-huong-son.yaml");
        String valid = Files.readString(file);
        try {
            Files.writeString(file, valid.replace("max-attempts: 3", "max-attempts: 0"));

            ConnectorReload reload = registry.reload();

            assertThat(reload.applied()).isFalse();
            assertThat(reload.errors()).anySatisfy(error -> assertThat(error.toString())
                    .contains("phong-gddt-huong-son.yaml").contains("retry.max-attempts"));
            assertThat(registry.byId("phong-gddt-huong-son").orElseThrow().retry().maxAttempts()).isEqualTo(3);
            byte[] document = documentTo("000.20.34.H53", 603);
            assertThat(post(document).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(edited.received())
                    .extracting(ReceivedPackage::body).anySatisfy(body -> assertThat(new String(body, StandardCharsets.UTF_8))
                            .contains("<edXML:CodeNumber>603</edXML:CodeNumber>")));
        } finally {
            Files.writeString(file, valid);
        }
    }

    @Test
    void aFileWithADemoKeyIsRefusedOutsideTheDemoProfile() throws IOException {
        Path demo = ConnectorFiles.write(connectorsDir, "phong-gddt-nghi-xuan", "Phòng GD&ĐT Nghi Xuân",
                "000.20.35.H53", newcomer.endpoint(), "demo-thach-ha-key", RETRY);
        try {
            ConnectorReload reload = registry.reload();

            assertThat(reload.applied()).isFalse();
            assertThat(reload.errors()).singleElement().asString().isEqualTo("phong-gddt-nghi-xuan.yaml: "
                    + "inbound.api-key-sha256: is the hash of the demo API key \"demo-thach-ha-key\" published in "
                    + "samples/; give the partner a new key (openssl rand -hex 32) and put its SHA-256 there (demo "
                    + "credentials are accepted in the demo profile only)");
            assertThat(registry.byId("phong-gddt-nghi-xuan")).isEmpty();
        } finally {
            Files.delete(demo);
        }
    }

    @Test
    void removingAFileStopsItsRoute() throws IOException {
        assertThat(camel.getRoute("dispatch-rest-phong-gddt-can-loc")).isNotNull();

        Files.delete(connectorsDir.resolve("phong-gddt-can-loc.yaml"));

        await().atMost(Duration.ofSeconds(20)).until(() -> camel.getRoute("dispatch-rest-phong-gddt-can-loc") == null);
        assertThat(registry.forAgency("000.20.32.H53")).isEmpty();
        assertThat(post(documentTo("000.20.32.H53", 604)).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(leaving.received()).isEmpty();
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

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
