package vn.lienthong.gateway.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienthong.connectors.config.ConnectorDirectory;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.gateway.security.demo.DemoCredentialsGuard;
import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.simulators.DemoNetwork;
import vn.lienthong.simulators.DemoSettings;
import vn.lienthong.simulators.EdxmlFields;

/** The demo's orchestration against a gateway on random ports: documents flow out and the clerks' statuses flow back. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// The demo's published API keys are accepted in the demo profile only, which ./lienthong demo activates too.
@ActiveProfiles(DemoCredentialsGuard.DEMO_PROFILE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DemoIT {

    private static final String VDXP_SECRET = "bí-mật-vdxp-demo-it";
    private static final String LGSP_CLIENT_ID = "sgddt-ha-tinh-demo-it";
    private static final String LGSP_SECRET = "bí-mật-lgsp-demo-it";
    private static final Path work;
    private static final DemoNetwork network;

    static {
        try {
            work = Files.createTempDirectory("lienthong-demo-it");
            DemoSettings settings = new DemoSettings(0, 0, 0, work.resolve("thpt-phan-dinh-phung/outbox"),
                    work.resolve("demo-sequence"), Duration.ofMillis(400), Duration.ofMillis(300), 0.0,
                    0, 0, 0, VDXP_SECRET, LGSP_CLIENT_ID, LGSP_SECRET);
            network = DemoNetwork.start(settings, new PrintStream(System.out, true, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path connectors = work.resolve("connectors");
        String retry = "{ max-attempts: 3, initial-delay: 200ms, multiplier: 2.0, max-delay: 1s }";
        ConnectorFiles.write(connectors, "so-gddt-ha-tinh", "Sở GD&ĐT Hà Tĩnh", "000.00.13.H53",
                network.department().endpoint(), DemoNetwork.DEPARTMENT_KEY, retry);
        ConnectorFiles.write(connectors, "phong-gddt-thach-ha", "Phòng GD&ĐT Thạch Hà", "000.20.31.H53",
                network.district().endpoint(), DemoNetwork.DISTRICT_KEY, retry);
        ConnectorFiles.write(connectors, "bo-gddt", "Bộ GD&ĐT", "000.00.00.G03",
                network.ministry().endpoint(), DemoNetwork.MINISTRY_KEY, retry);
        ConnectorFiles.writeFolder(connectors, "thpt-phan-dinh-phung", "Trường THPT Phan Đình Phùng", "000.21.31.H53",
                network.school().outbox(), retry, DemoNetwork.SCHOOL_KEY);
        write(connectors, "phong-gddt-can-loc", """
                id: phong-gddt-can-loc
                name: "Phòng GD&ĐT Can Lộc"
                agencies: ["000.24.31.H53"]
                transport: soap
                endpoint: "%s"
                inbound: { api-key-sha256: "%s" }
                retry: %s
                """.formatted(network.soapDistrict().endpoint(), ConnectorFiles.sha256(DemoNetwork.SOAP_DISTRICT_KEY),
                retry));
        write(connectors, "truc-quoc-gia", """
                id: truc-quoc-gia
                name: "Trục liên thông văn bản quốc gia"
                agencies: ["000.00.00.G22"]
                transport: vdxp
                endpoint: "%s"
                options: { system-id: "%s", secret-env: "DEMO_IT_VDXP_SECRET" }
                inbound: { api-key-sha256: "%s" }
                retry: %s
                """.formatted(network.nationalPlatform().endpoint(), DemoSettings.VDXP_SYSTEM_ID,
                ConnectorFiles.sha256(DemoNetwork.GOVERNMENT_OFFICE_KEY), retry));
        write(connectors, "lgsp-ha-tinh", """
                id: lgsp-ha-tinh
                name: "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Hà Tĩnh"
                agencies: ["000.03.01.H53"]
                transport: lgsp
                endpoint: "%s"
                options:
                  token-url: "%s"
                  client-id: "%s"
                  client-secret-env: "DEMO_IT_LGSP_SECRET"
                  receive-for: "000.00.13.H53"
                inbound: { api-key-sha256: "%s" }
                retry: %s
                """.formatted(network.provincialPlatform().endpoint(), network.provincialPlatform().tokenUrl(),
                LGSP_CLIENT_ID, ConnectorFiles.sha256(DemoNetwork.HOME_AFFAIRS_KEY), retry));
        write(connectors, "thcs-nguyen-du", """
                id: thcs-nguyen-du
                name: "Trường THCS Nguyễn Du"
                agencies: ["000.25.31.H53"]
                transport: inbox
                inbound: { api-key-sha256: "%s" }
                retry: %s
                """.formatted(ConnectorFiles.sha256(DemoNetwork.PULLING_SCHOOL_KEY), retry));
    }

    private static void write(Path dir, String id, String yaml) {
        try {
            Files.writeString(dir.resolve(id + ".yaml"), yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("lienthong.data-dir", () -> work.resolve("data").toString());
        registry.add("lienthong.connectors-dir", () -> work.resolve("connectors").toString());
        registry.add("lienthong.folder.poll-delay", () -> "200ms");
        // The secrets as the launcher's demo command exports them; Spring's environment is where transports look.
        registry.add("DEMO_IT_VDXP_SECRET", () -> VDXP_SECRET);
        registry.add("DEMO_IT_LGSP_SECRET", () -> LGSP_SECRET);
        registry.add("spring.artemis.embedded.server-id", () -> ThreadLocalRandom.current().nextInt(1, 1_000_000));
    }

    @AfterAll
    static void stopTheNetwork() {
        network.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** One recipient per transport: the transport, its connector in the test directory and the recipient's code. */
    private static final Map<String, List<String>> RECIPIENT_BY_TRANSPORT = Map.of(
            "rest", List.of("phong-gddt-thach-ha", "000.20.31.H53"),
            "folder", List.of("thpt-phan-dinh-phung", "000.21.31.H53"),
            "soap", List.of("phong-gddt-can-loc", "000.24.31.H53"),
            "vdxp", List.of("truc-quoc-gia", "000.00.00.G22"),
            "lgsp", List.of("lgsp-ha-tinh", "000.03.01.H53"),
            "inbox", List.of("thcs-nguyen-du", "000.25.31.H53"));

    @Test
    void documentsAreDeliveredOverEveryTransportAndTheClerksStatusesReachTheDepartment() {
        network.connect("http://127.0.0.1:" + port);

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            assertThat(network.documentsSent()).isGreaterThanOrEqualTo(6);
            assertThat(network.district().received()).as("rest: Thạch Hà").isNotEmpty();
            assertThat(network.ministry().received()).as("rest: the Ministry").isNotEmpty();
            assertThat(network.school().received()).as("folder").isNotEmpty();
            assertThat(network.soapDistrict().received()).as("soap").isNotEmpty();
            assertThat(network.nationalPlatform().sent()).as("vdxp").isNotEmpty();
            assertThat(network.provincialPlatform().posted()).as("lgsp").isNotEmpty();
            assertThat(network.pullingSchool().received()).as("inbox, pulled and acknowledged").isNotEmpty();
            RECIPIENT_BY_TRANSPORT.forEach((transport, recipient) ->
                    assertThat(network.statusesAtDepartment()).as("statuses from the %s recipient", transport)
                            .filteredOn(status -> status.senderId().equals(recipient.get(1)))
                            .extracting(EdxmlFields::statusCode).contains("01", "03"));
        });
        RECIPIENT_BY_TRANSPORT.forEach((transport, recipient) -> assertThat(jdbc.sql("""
                select d.state from deliveries d join messages m on m.id = d.message_id
                where m.kind = 'DOCUMENT' and d.connector_id = ?""").param(recipient.get(0)).query(String.class).list())
                .as("document deliveries over %s", transport).contains("DELIVERED"));
        assertThat(jdbc.sql("select count(*) from inbox_items where acknowledged_at is not null")
                .query(Integer.class).single()).as("inbox items the school acknowledged").isPositive();
        assertThat(network.pullingSchool().received()).allSatisfy(pkg ->
                assertThat(EdxmlFields.read(pkg).documentId()).startsWith("000.00.13.H53,"));
        assertThat(network.statusesAtDepartment()).allSatisfy(status ->
                assertThat(status.responseForDocumentId()).startsWith("000.00.13.H53,").endsWith("/CV-SGDĐT"));
        assertThat(network.statusesAtDepartment()).extracting(EdxmlFields::statusCode).doesNotContain("02");
    }

    @Test
    void theDemoConnectorFilesMatchTheDemoDefaults() throws Exception {
        // The secret variables are set as ./lienthong demo sets them: a file naming an unset one is refused at load.
        List<ConnectorDefinition> connectors = ConnectorDirectory.load(Path.of("..", "samples", "demo"),
                name -> name.equals(DemoSettings.VDXP_SECRET_ENV) || name.equals(DemoSettings.LGSP_SECRET_ENV)
                        ? "demo" : null);

        assertThat(connectors).extracting(ConnectorDefinition::id).containsExactlyInAnyOrder(
                "bo-gddt", "phong-gddt-thach-ha", "so-gddt-ha-tinh", "thpt-phan-dinh-phung",
                "phong-gddt-can-loc", "truc-quoc-gia", "lgsp-ha-tinh", "thcs-nguyen-du");
        DemoSettings defaults = DemoSettings.defaults();
        assertThat(connectors).extracting(c -> String.valueOf(c.endpoint())).contains(
                "http://127.0.0.1:" + defaults.districtPort() + "/edoc",
                "http://127.0.0.1:" + defaults.departmentPort() + "/edoc",
                "http://127.0.0.1:" + defaults.ministryPort() + "/edoc",
                "http://127.0.0.1:" + defaults.soapPort() + "/soap/documents",
                "http://127.0.0.1:" + defaults.vdxpPort() + "/vdxp",
                "http://127.0.0.1:" + defaults.lgspPort() + "/lgsp");
        // The launcher exports these variables for both the gateway and DemoMain's simulated platforms.
        assertThat(connectors).filteredOn(c -> c.id().equals("truc-quoc-gia")).singleElement()
                .satisfies(c -> assertThat(c.options()).containsEntry("secret-env", DemoSettings.VDXP_SECRET_ENV)
                        .containsEntry("system-id", DemoSettings.VDXP_SYSTEM_ID));
        assertThat(connectors).filteredOn(c -> c.id().equals("lgsp-ha-tinh")).singleElement()
                .satisfies(c -> assertThat(c.options()).containsEntry("client-secret-env", DemoSettings.LGSP_SECRET_ENV)
                        .containsEntry("client-id", defaults.lgspClientId())
                        .containsEntry("token-url", "http://127.0.0.1:" + defaults.lgspPort() + "/token"));
        assertThat(connectors).filteredOn(c -> c.id().equals("thcs-nguyen-du")).singleElement()
                .satisfies(c -> assertThat(c.acceptsApiKeyHash(ConnectorFiles.sha256(DemoNetwork.PULLING_SCHOOL_KEY)))
                        .isTrue());
        assertThat(connectors).filteredOn(c -> c.id().equals("thpt-phan-dinh-phung")).singleElement()
                .satisfies(c -> assertThat(c.acceptsApiKeyHash(ConnectorFiles.sha256(DemoNetwork.SCHOOL_KEY))).isTrue());
    }
}
