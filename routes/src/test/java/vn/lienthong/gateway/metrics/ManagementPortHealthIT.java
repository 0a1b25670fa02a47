package vn.lienthong.gateway.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

import vn.lienthong.gateway.support.GatewayIT;

/**
 * With {@code management.server.port} set, health and metrics move off the partners' port to a port of their own,
 * reachable from the monitoring network only, where health's components need no login (nor a database to check one).
 */
@TestPropertySource(properties = "management.server.port=0")
@AutoConfigureObservability(tracing = false)
class ManagementPortHealthIT extends GatewayIT {

    @LocalManagementPort
    int managementPort;

    @Test
    void theManagementPortShowsEveryComponentWithoutALogin() {
        ResponseEntity<String> health = http.getForEntity(management("/actuator/health"), String.class);

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(JsonPath.<Map<String, Object>>read(health.getBody(), "$.components"))
                .containsKeys("connectors", "alerts", "db");
        assertThat(http.getForEntity(management("/actuator/prometheus"), String.class).getBody())
                .contains("lienthong_queue_depth{");
    }

    @Test
    void thePartnersPortNoLongerServesTheActuator() {
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode())
                .isIn(HttpStatus.NOT_FOUND, HttpStatus.UNAUTHORIZED, HttpStatus.FOUND);
    }

    private String management(String path) {
        return "http://127.0.0.1:" + managementPort + path;
    }
}
