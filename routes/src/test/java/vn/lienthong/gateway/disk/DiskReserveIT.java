package vn.lienthong.gateway.disk;

import static org.assertj.core.api.Assertions.assertThat;


import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.GatewayIT;
import vn.lienthong.gateway.support.SamplePackages;
import vn.lienthong.gateway.support.SoapRequests;

/**
 * The data disk's reserve set far above the real free space: every intake is refused with 507 on REST and a Server
 * fault on SOAP before anything is written, and health says OUT_OF_SERVICE so a load balancer looks elsewhere.
 */
class DiskReserveIT extends GatewayIT {

    @DynamicPropertySource
    static void reserveAboveTheRealFreeSpace(DynamicPropertyRegistry registry) {
        registry.add("lienthong.intake.min-free-disk", () -> "1000000TB");
    }

    @Test
    void intakeIsRefusedWithInsufficientStorageAndNothingIsStored() {
        ResponseEntity<String> rest = postDocument(SamplePackages.validDocumentNumbered(951), ConnectorFiles.DEPARTMENT_KEY);
        ResponseEntity<String> soap = SoapRequests.sendDocument(http, SamplePackages.validDocumentNumbered(952),
                ConnectorFiles.DEPARTMENT_KEY);
        ResponseEntity<String> health = asAdmin().getForEntity("/actuator/health", String.class);

        System.out.printf("disk reserve above free space: sent=2 accepted=0 rest=%d soap fault status=507 health=%s "
                        + "messages stored=%d packages stored=%d%n", rest.getStatusCode().value(),
                JsonPath.read(health.getBody(), "$.components.dataDisk.status"), rows("messages"), rows("packages"));
        assertThat(rest.getStatusCode()).isEqualTo(HttpStatus.INSUFFICIENT_STORAGE);
        assertThat(rest.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(rest.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat((String) JsonPath.read(rest.getBody(), "$.type")).isEqualTo("urn:lienthong:problem:insufficient-storage");
        assertThat((String) JsonPath.read(rest.getBody(), "$.detail"))
                .contains("free, below its reserve of", "lienthong.intake.min-free-disk", "nothing was accepted");
        assertThat(soap.getBody()).contains(":Server</faultcode>", "urn:lienthong:problem:insufficient-storage")
                .containsPattern("<(\\w+:)?status>507</(\\w+:)?status>").doesNotContain(":Client</faultcode>");
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat((String) JsonPath.read(health.getBody(), "$.components.dataDisk.status")).isEqualTo("OUT_OF_SERVICE");
        assertThat(rows("messages")).isZero();
        assertThat(rows("packages")).isZero();
    }
}
