package vn.lienthong.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.lienthong.simulators.RestPartnerSimulator;

/**
 * Installs {@code lienthong-<version>.tar.gz} as an operator would: unpacked into a scratch directory, configured
 * through its own {@code config/} (application.yml, connectors, lienthong.env), started by {@code bin/lienthong}
 * with H2 and the embedded broker in a scratch data directory. A package posted to it reaches the simulated
 * partners, and the metrics the shipped alert rules and dashboard read are all in its scrape.
 */
class DistributionIT {

    private static final String VERSION = System.getProperty("lienthong.version");
    private static final Path ARCHIVE = Path.of(System.getProperty("lienthong.distribution.archive"));
    private static final String DEPARTMENT_KEY = "dist-it-key-so-gddt";
    /** With a $ and a quote inside: the environment file is read literally, as systemd reads it. */
    private static final String ADMIN_PASSWORD = "dist-it-$HOME-'admin'";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path scratch;

    private static RestPartnerSimulator department;
    private static RestPartnerSimulator district;
    private static RestPartnerSimulator ministry;
    private static InstalledGateway gateway;
    private static String deliveredId;

    @BeforeAll
    static void installAndStart() throws Exception {
        department = RestPartnerSimulator.start(0);
        district = RestPartnerSimulator.start(0);
        ministry = RestPartnerSimulator.start(0);
        gateway = InstalledGateway.unpack(ARCHIVE, scratch, VERSION);
        configure(gateway.config());
        gateway.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (gateway != null) {
            gateway.close();
        }
        for (RestPartnerSimulator partner : new RestPartnerSimulator[] {department, district, ministry}) {
            if (partner != null) {
                partner.close();
            }
        }
    }

    @Test
    void theArchiveHoldsTheServiceKit() {
        Path home = gateway.home();
        assertThat(home.resolve("bin/lienthong")).isExecutable();
        assertThat(home.resolve("lib/lienthong-gateway.jar")).isRegularFile();
        assertThat(home.resolve("systemd/lienthong.service")).content()
                .contains("ProtectSystem=strict", "ReadWritePaths=/var/lib/lienthong", "Restart=on-failure",
                        "EnvironmentFile=/etc/lienthong/lienthong.env", "User=lienthong");
        assertThat(home.resolve("samples/connectors/phong-gddt-thach-ha.yaml")).isRegularFile();
        assertThat(home.resolve("monitoring/prometheus/lienthong-rules.yml")).isRegularFile();
        assertThat(home.resolve("monitoring/grafana/lienthong.json")).isRegularFile();
    }

    @Test
    void aPostedPackageIsDeliveredToEveryRecipient() throws Exception {
        String id = deliverOne();

        JsonNode document = JSON.readTree(gateway.get("/api/v1/documents/" + id, "X-API-Key", DEPARTMENT_KEY).body());
        assertThat(document.path("state").asText()).isEqualTo("DELIVERED");
        assertThat(district.received()).isNotEmpty();
        assertThat(ministry.received()).isNotEmpty();
    }

    @Test
    void theEnvironmentFileSetsTheAdminPasswordAsWritten() throws Exception {
        assertThat(gateway.getAsAdmin("/api/admin/connectors", ADMIN_PASSWORD).statusCode()).isEqualTo(200);
        assertThat(gateway.getAsAdmin("/api/admin/connectors", "wrong-password").statusCode()).isEqualTo(401);
    }

    @Test
    void everyMetricOfTheAlertRulesAndTheDashboardIsExported() throws Exception {
        deliverOne();

        Set<String> named = MonitoringKit.metricsNamed();
        Set<String> missing = new TreeSet<>(named);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            missing.retainAll(named);
            missing.removeAll(MetricNames.inScrape(gateway.get("/actuator/prometheus", null, null).body()));
            assertThat(missing).as("named by deploy/ but not in the scrape").isEmpty();
        });
        assertThat(named).contains("lienthong_queue_depth", "lienthong_deliveries_total",
                "lienthong_certificate_expiry_days", "camel_exchanges_total");
    }

    @Test
    void theInfoEndpointCarriesTheVersionForALoggedInUser() throws Exception {
        assertThat(gateway.get("/actuator/info", null, null).statusCode()).isEqualTo(401);
        JsonNode info = JSON.readTree(gateway.getAsAdmin("/actuator/info", ADMIN_PASSWORD).body());

        assertThat(info.path("build").path("version").asText()).isEqualTo(VERSION);
    }

    @Test
    void versionNamesTheRelease() throws Exception {
        InstalledGateway.Result result = gateway.command("version");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).startsWith("Lienthong " + VERSION + "\n");
    }

    @Test
    void checkConnectorsReadsTheConfigDirectoryByDefault() throws Exception {
        InstalledGateway.Result result = gateway.command("check-connectors");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("3 connector file(s) in " + gateway.config().resolve("connectors"));
    }

    /** The sample document, posted once for all the tests that need one delivered; its id. */
    private static synchronized String deliverOne() throws Exception {
        if (deliveredId == null) {
            var answer = gateway.post("/api/v1/documents", samplePackage(), "application/xml", DEPARTMENT_KEY);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
            String id = JSON.readTree(answer.body()).path("id").asText();
            await().atMost(Duration.ofSeconds(60)).until(() -> "DELIVERED".equals(JSON.readTree(
                    gateway.get("/api/v1/documents/" + id, "X-API-Key", DEPARTMENT_KEY).body()).path("state").asText()));
            deliveredId = id;
        }
        return deliveredId;
    }

    private static byte[] samplePackage() throws IOException {
        try (InputStream in = DistributionIT.class.getResourceAsStream("/samples/valid-new-document.xml")) {
            return in.readAllBytes();
        }
    }

    /** What an operator edits after unpacking: the config file, the connectors and the environment file. */
    private static void configure(Path config) throws Exception {
        Path anchor = InstalledGateway.selfSignedCertificate(scratch,
                "CN=Distribution test CA, O=Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh, C=VN");
        Files.writeString(config.resolve("application.yml"), """
                server:
                  port: %d
                lienthong:
                  data-dir: %s
                  connectors-dir: ${LIENTHONG_CONFIG_DIR}/connectors
                  trust:
                    anchors: %s
                """.formatted(gateway.port(), scratch.resolve("data"), anchor), StandardCharsets.UTF_8);
        Files.writeString(config.resolve("lienthong.env"), """
                # written by DistributionIT
                LIENTHONG_ADMIN_PASSWORD=%s
                JAVA_OPTS="-Xmx512m -XX:TieredStopAtLevel=1"
                """.formatted(ADMIN_PASSWORD), StandardCharsets.UTF_8);
        Path connectors = config.resolve("connectors");
        connector(connectors, "so-gddt-ha-tinh", "Sở GD&ĐT Hà Tĩnh", "000.00.13.H53", department, DEPARTMENT_KEY);
        connector(connectors, "phong-gddt-thach-ha", "Phòng GD&ĐT Thạch Hà", "000.20.31.H53", district,
                "dist-it-key-thach-ha");
        connector(connectors, "bo-gddt", "Bộ Giáo dục và Đào tạo", "000.00.00.G03", ministry, "dist-it-key-bo-gddt");
    }

    private static void connector(Path dir, String id, String name, String agency, RestPartnerSimulator partner,
                                  String apiKey) throws Exception {
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(apiKey.getBytes(StandardCharsets.UTF_8)));
        Files.writeString(dir.resolve(id + ".yaml"), """
                id: %s
                name: "%s"
                agencies: ["%s"]
                transport: rest
                endpoint: "%s"
                inbound:
                  api-key-sha256: "%s"
                retry: { max-attempts: 3, initial-delay: 200ms, multiplier: 2.0, max-delay: 1s }
                """.formatted(id, name, agency, partner.endpoint(), sha256), StandardCharsets.UTF_8);
    }
}
