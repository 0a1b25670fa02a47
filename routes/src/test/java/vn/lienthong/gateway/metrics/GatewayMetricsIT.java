package vn.lienthong.gateway.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.GatewayIT;
import vn.lienthong.gateway.support.SamplePackages;

/** Operations can scrape what the gateway does and see each partner's health without logging in. */
@AutoConfigureObservability(tracing = false)
class GatewayMetricsIT extends GatewayIT {

    @AfterEach
    void partnerUpAgain() {
        districtSystem.answerWith(202);
    }

    @Test
    void receivedDocumentsAttemptsLatencyAndQueueDepthsAreScraped() {
        String id = JsonPath.read(postDocument(SamplePackages.validDocumentNumbered(601),
                ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.id");
        await().atMost(Duration.ofSeconds(20)).until(() -> "DELIVERED".equals(
                jdbc.sql("select state from messages where id = ?").param(id).query(String.class).single()));

        String scrape = http.getForEntity("/actuator/prometheus", String.class).getBody();

        assertThat(scrape).containsPattern("(?m)^lienthong_documents_received_total(\\{[^}]*\\})? [1-9]")
                .containsPattern("lienthong_deliveries_total\\{[^}]*connector=\"phong-gddt-thach-ha\"[^}]*"
                        + "outcome=\"ACCEPTED\"[^}]*\\} [1-9]")
                .contains("lienthong_delivery_latency_seconds_bucket{")
                .containsPattern("lienthong_queue_depth\\{[^}]*connector=\"bo-gddt\"[^}]*\\} 0");
    }

    @Test
    void aPartnerThatKeepsFailingShowsInHealthWhileTheGatewayAnswers200() {
        districtSystem.answerWith(503);
        String id = JsonPath.read(postDocument(SamplePackages.validDocumentNumbered(602),
                ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.id");
        await().atMost(Duration.ofSeconds(30)).until(() -> "DEAD".equals(
                jdbc.sql("select state from messages where id = ?").param(id).query(String.class).single()));

        ResponseEntity<String> health = asAdmin().getForEntity("/actuator/health", String.class);

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((String) JsonPath.read(health.getBody(), "$.components.connectors.components['phong-gddt-thach-ha'].status"))
                .isEqualTo("PARTNER_DOWN");
        assertThat((String) JsonPath.read(health.getBody(), "$.components.connectors.components['bo-gddt'].status"))
                .isEqualTo("UP");
    }
}
