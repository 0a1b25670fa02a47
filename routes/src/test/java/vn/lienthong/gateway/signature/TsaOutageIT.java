package vn.lienthong.gateway.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.GatewayIT;
import vn.lienthong.gateway.support.SamplePackages;
import vn.lienthong.signatures.testsupport.LocalTsaServer;

/** A TSA that answers garbage delays the time-stamps, never the documents, and shows in health. */
class TsaOutageIT extends GatewayIT {

    private static final LocalTsaServer brokenTsa = LocalTsaServer.garbage();

    @DynamicPropertySource
    static void timestamping(DynamicPropertyRegistry registry) {
        registry.add("lienthong.timestamping.tsa-url", () -> brokenTsa.url().toString());
        registry.add("lienthong.timestamping.interval", () -> "300ms");
    }

    @AfterAll
    static void stopTsa() {
        brokenTsa.close();
    }

    @Test
    void documentsAreDeliveredAndTheMissingTimeStampsAreReported() {
        String id = JsonPath.read(postDocument(SamplePackages.validDocumentNumbered(702),
                ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.id");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat((String) JsonPath.read(
                getDocument(id, ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.state")).isEqualTo("DELIVERED"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String health = asAdmin().getForObject("/actuator/health", String.class);
            assertThat((String) JsonPath.read(health, "$.components.timestamps.status")).isEqualTo("WARNING");
            assertThat(((Number) JsonPath.read(health, "$.components.timestamps.details.failing")).longValue())
                    .isPositive();
        });
        assertThat(jdbc.sql("select max(last_error) from evidence_timestamps where state = 'FAILED'")
                .query(String.class).single()).isNotBlank();
    }
}
