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
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienthong.connectors.config.ConnectorDirectory;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.simulators.DemoNetwork;
import vn.lienthong.simulators.DemoSettings;
import vn.lienthong.simulators.EdxmlFields;

/** The demo's orchestration against a gateway on random ports: documents flow out and the clerks' statuses flow back. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DemoIT {

    private static final Path work;
    private static final DemoNetwork network;

    static {
        try {
            work = Files.createTempDirectory("lienthong-demo-it");
            DemoSettings settings = new DemoSettings(0, 0, 0, work.resolve("thpt-phan-dinh-phung/outbox"),
                    work.resolve("demo-sequence"), Duration.ofMillis(400), Duration.ofMillis(300), 0.0);
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
    }

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("lienthong.data-dir", () -> work.resolve("data").toString());
        registry.add("lienthong.connectors-dir", () -> work.resolve("connectors").toString());
        registry.add("lienthong.folder.poll-delay", () -> "200ms");
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

    @Test
    void documentsAreDeliveredAndTheClerksStatusesReachTheDepartment() {
        network.connect("http://127.0.0.1:" + port);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(network.documentsSent()).isGreaterThanOrEqualTo(4);
            assertThat(network.district().received()).isNotEmpty();
            assertThat(network.ministry().received()).isNotEmpty();
            assertThat(network.school().received()).isNotEmpty();
            assertThat(network.statusesAtDepartment()).extracting(EdxmlFields::statusCode).contains("01", "03");
        });
        List<String> delivered = jdbc.sql("select state from messages where kind = 'DOCUMENT'").query(String.class).list();
        assertThat(delivered).contains("DELIVERED");
        assertThat(network.statusesAtDepartment()).allSatisfy(status ->
                assertThat(status.responseForDocumentId()).startsWith("000.00.13.H53,").endsWith("/CV-SGDĐT"));
        assertThat(network.statusesAtDepartment()).extracting(EdxmlFields::statusCode).doesNotContain("02");
    }

    @Test
    void theDemoConnectorFilesMatchTheDemoDefaults() throws Exception {
        List<ConnectorDefinition> connectors = ConnectorDirectory.load(Path.of("..", "samples", "demo"));

        assertThat(connectors).extracting(ConnectorDefinition::id).containsExactlyInAnyOrder(
                "bo-gddt", "phong-gddt-thach-ha", "so-gddt-ha-tinh", "thpt-phan-dinh-phung");
        DemoSettings defaults = DemoSettings.defaults();
        assertThat(connectors).extracting(c -> c.endpoint().toString()).contains(
                "http://127.0.0.1:" + defaults.districtPort() + "/edoc",
                "http://127.0.0.1:" + defaults.departmentPort() + "/edoc",
                "http://127.0.0.1:" + defaults.ministryPort() + "/edoc");
        assertThat(connectors).filteredOn(c -> c.id().equals("thpt-phan-dinh-phung")).singleElement()
                .satisfies(c -> assertThat(c.acceptsApiKeyHash(ConnectorFiles.sha256(DemoNetwork.SCHOOL_KEY))).isTrue());
    }
}
