package vn.lienthong.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.simulators.GatewayProcess;
import vn.lienthong.gateway.support.SamplePackages;
import vn.lienthong.simulators.RestPartnerSimulator;

/** A connector paused for a partner's maintenance stays paused when the gateway restarts, until resumed. */
class PausedConnectorRestartIT {

    private static final String PASSWORD = "it-restart-admin-password";
    private static final String FAST_RETRY = "{ max-attempts: 3, initial-delay: 200ms, multiplier: 2.0, max-delay: 1s }";

    private static RestPartnerSimulator district;
    private static RestPartnerSimulator ministry;
    private static Path dataDir;
    private static Path connectorsDir;

    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void partners() throws IOException {
        district = RestPartnerSimulator.start(0);
        ministry = RestPartnerSimulator.start(0);
        dataDir = Files.createTempDirectory("lienthong-pause-data");
        connectorsDir = Files.createTempDirectory("lienthong-pause-connectors");
        ConnectorFiles.writeDepartmentDistrictMinistry(connectorsDir, district.endpoint(), district.endpoint(),
                ministry.endpoint(), FAST_RETRY);
    }

    @AfterAll
    static void stopPartners() {
        district.close();
        ministry.close();
    }

    @Test
    void aPauseSurvivesARestartAndTheWorkFlowsOnceResumed() throws Exception {
        Path log = Path.of("target", "paused-connector-restart-it.log");
        try (GatewayProcess gateway = start(log)) {
            assertThat(connectorAction(gateway, "pause").statusCode()).isEqualTo(200);
        }
        try (GatewayProcess gateway = start(log)) {
            assertThat((List<Boolean>) JsonPath.read(get(gateway, "/api/admin/connectors").body(),
                    "$[?(@.id=='bo-gddt')].paused")).containsExactly(true);
            String id = JsonPath.read(postDocument(gateway).body(), "$.id");
            await().atMost(Duration.ofSeconds(20)).until(() -> "DELIVERED".equals(deliveryState(gateway, id, "000.20.31.H53")));
            assertThat(deliveryState(gateway, id, "000.00.00.G03")).isEqualTo("QUEUED");

            assertThat(connectorAction(gateway, "resume").statusCode()).isEqualTo(200);

            await().atMost(Duration.ofSeconds(20)).until(() -> "DELIVERED".equals(deliveryState(gateway, id, "000.00.00.G03")));
        }
    }

    private static GatewayProcess start(Path log) throws IOException {
        return GatewayProcess.start(dataDir, connectorsDir, log, "--LIENTHONG_ADMIN_PASSWORD=" + PASSWORD);
    }

    private HttpResponse<String> connectorAction(GatewayProcess gateway, String action) throws Exception {
        return client.send(admin(gateway, "/api/admin/connectors/bo-gddt/" + action)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"Bộ GD&ĐT nâng cấp hệ thống\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(GatewayProcess gateway, String path) throws Exception {
        return client.send(admin(gateway, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String deliveryState(GatewayProcess gateway, String id, String agency) throws Exception {
        List<String> states = JsonPath.read(get(gateway, "/api/admin/messages/" + id).body(),
                "$.recipients[?(@.agency=='" + agency + "')].deliveryState");
        return states.get(0);
    }

    private HttpResponse<String> postDocument(GatewayProcess gateway) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/api/v1/documents"))
                .header("X-API-Key", ConnectorFiles.DEPARTMENT_KEY)
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(SamplePackages.validDocumentNumbered(901)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder admin(GatewayProcess gateway, String path) {
        String credentials = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(gateway.baseUrl() + path))
                .header("Authorization", "Basic " + credentials);
    }
}
