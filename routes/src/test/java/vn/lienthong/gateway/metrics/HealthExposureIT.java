package vn.lienthong.gateway.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.GatewayIT;

/**
 * Who sees what of health: probes get the status, liveness and readiness, without a login and without details;
 * a logged-in user gets every component (Camel's route checks among them) and the build information; connectors
 * added by a reload get their health component and their meters.
 */
@AutoConfigureObservability(tracing = false)
class HealthExposureIT extends GatewayIT {

    @Test
    void anonymousCallersGetTheStatusAndTheProbesWithoutDetails() {
        ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);
        ResponseEntity<String> liveness = http.getForEntity("/actuator/health/liveness", String.class);
        ResponseEntity<String> readiness = http.getForEntity("/actuator/health/readiness", String.class);

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(JsonPath.<Map<String, Object>>read(health.getBody(), "$")).containsEntry("status", "UP")
                .doesNotContainKeys("components", "details");
        assertThat(health.getBody()).doesNotContain("phong-gddt-thach-ha", "CN=");
        assertThat(liveness.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(liveness.getBody()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(readiness.getBody()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void aLoggedInUserSeesEveryComponentIncludingCamelsRouteChecks() {
        String health = asAdmin().getForObject("/actuator/health", String.class);

        assertThat(JsonPath.<Map<String, Object>>read(health, "$.components"))
                .containsKeys("connectors", "alerts", "certificates", "dataDisk", "db", "camelHealth");
        assertThat(JsonPath.<Map<String, Object>>read(health, "$.components.connectors.components"))
                .containsKeys("phong-gddt-thach-ha", "bo-gddt");
        assertThat(http.withBasicAuth("admin", "wrong-password").getForEntity("/actuator/health", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theBuildInformationIsForLoggedInUsers() {
        assertThat(http.getForEntity("/actuator/info", String.class).getStatusCode())
                .isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FOUND);
        String info = asAdmin().getForObject("/actuator/info", String.class);

        assertThat((String) JsonPath.read(info, "$.build.version")).isNotBlank();
        assertThat((String) JsonPath.read(info, "$.build.artifact")).isEqualTo("lienthong-gateway");
    }

    @Test
    void aConnectorAddedByAReloadGetsItsHealthAndItsMeters() throws Exception {
        Path file = ConnectorFiles.write(connectorsDir, "phong-gddt-can-loc", "Phòng GD&ĐT Can Lộc", "000.24.31.H53",
                districtSystem.endpoint(), "it-key-can-loc", "{ max-attempts: 2, initial-delay: 1s, multiplier: 2.0, max-delay: 2s }");
        try {
            reload();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                String health = asAdmin().getForObject("/actuator/health", String.class);
                assertThat(JsonPath.<Map<String, Object>>read(health, "$.components.connectors.components"))
                        .containsKey("phong-gddt-can-loc");
                assertThat(http.getForObject("/actuator/prometheus", String.class))
                        .containsPattern("lienthong_queue_depth\\{connector=\"phong-gddt-can-loc\"[^}]*} 0")
                        .containsPattern("lienthong_connector_consecutive_failures\\{connector=\"phong-gddt-can-loc\"")
                        .containsPattern("lienthong_deliveries_dead_total\\{connector=\"phong-gddt-can-loc\"");
            });
        } finally {
            Files.delete(file);
            reload();
        }
        String scrape = http.getForObject("/actuator/prometheus", String.class);
        assertThat(scrape).doesNotContain("lienthong_queue_depth{connector=\"phong-gddt-can-loc\"")
                .contains("lienthong_queue_depth{connector=\"bo-gddt\"");
    }

    private void reload() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> answer = asAdmin().postForEntity("/api/admin/connectors/reload",
                new HttpEntity<>("{\"reason\":\"Thêm Phòng GD&ĐT Can Lộc\"}", headers), String.class);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    }
}
