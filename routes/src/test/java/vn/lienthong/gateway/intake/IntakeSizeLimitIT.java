package vn.lienthong.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.GatewayIT;

/** A body over {@code lienthong.intake.max-package-size} is refused with 413 before it is parsed. */
@TestPropertySource(properties = "lienthong.intake.max-package-size=64KB")
class IntakeSizeLimitIT extends GatewayIT {

    @Test
    void aPackageOverTheLimitIsTooLarge() {
        byte[] body = new byte[65 * 1024];
        Arrays.fill(body, (byte) ' ');
        long before = rows("messages");

        ResponseEntity<String> response = postDocument(body, ConnectorFiles.DEPARTMENT_KEY);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(response.getBody()).contains("max-package-size");
        assertThat(rows("messages")).isEqualTo(before);
    }
}
