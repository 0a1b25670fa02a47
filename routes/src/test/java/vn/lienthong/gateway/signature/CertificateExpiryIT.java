package vn.lienthong.gateway.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.test.context.TestPropertySource;

import vn.lienthong.gateway.support.GatewayIT;

/** With a window longer than the sample keys' lives, the department's key shows as expiring in health and metrics. */
@AutoConfigureObservability
@TestPropertySource(properties = "lienthong.signing.expiry-warning=36500d")
class CertificateExpiryIT extends GatewayIT {

    @Test
    void anExpiringSigningKeyTurnsHealthToWarningAndIsAGauge() {
        String health = asAdmin().getForObject("/actuator/health", String.class);

        assertThat((String) JsonPath.read(health, "$.components.certificates.status")).isEqualTo("WARNING");
        List<String> subjects = JsonPath.read(health, "$.components.certificates.details.expiring[*].subject");
        assertThat(subjects).anyMatch(s -> s.contains("Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh"));
        String metrics = http.getForObject("/actuator/prometheus", String.class);
        assertThat(metrics).contains("lienthong_certificate_expiry_days{kind=\"signing-key\"");
    }
}
