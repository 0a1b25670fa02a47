package vn.lienthong.gateway.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.GatewayIT;
import vn.lienthong.gateway.support.SamplePackages;
import vn.lienthong.simulators.ReceivedPackage;

/** A recipient's status package is matched with the document, recorded, and reaches the document's sender. */
class StatusFlowIT extends GatewayIT {

    @Test
    void theDistrictsStatusReachesTheDepartmentByteForByte() {
        String documentId = deliveredDocumentNumbered(201);
        byte[] status = SamplePackages.statusAnswering(201);

        ResponseEntity<String> response = postStatus(status, ConnectorFiles.DISTRICT_KEY);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String statusId = JsonPath.read(response.getBody(), "$.id");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(departmentSystem.received())
                .extracting(ReceivedPackage::body).anySatisfy(body -> assertThat(body).isEqualTo(status)));
        ReceivedPackage atDepartment = departmentSystem.received().stream()
                .filter(p -> Arrays.equals(p.body(), status)).findFirst().orElseThrow();
        assertThat(atDepartment.messageId()).isNotBlank();

        String view = getDocument(documentId, ConnectorFiles.DEPARTMENT_KEY).getBody();
        assertThat((List<String>) JsonPath.read(view, "$.statusHistory[*].id")).containsExactly(statusId);
        assertThat((String) JsonPath.read(view, "$.statusHistory[0].code")).isEqualTo("03");
        assertThat((String) JsonPath.read(view, "$.statusHistory[0].meaning"))
                .isEqualTo("Đã tiếp nhận và vào sổ văn bản đến");
        assertThat((String) JsonPath.read(view, "$.statusHistory[0].fromAgency")).isEqualTo(DISTRICT);
        assertThat((String) JsonPath.read(view, "$.statusHistory[0].staff")).isEqualTo("Trần Thị Bình");
        assertThat((String) JsonPath.read(view, "$.statusHistory[0].timestamp")).isEqualTo("2026/11/21 08:15:00");
        assertThat((List<String>) JsonPath.read(view, "$.recipients[?(@.agency == '" + DISTRICT + "')].businessStatus"))
                .containsExactly("03");
        List<Map<String, Object>> ministry = JsonPath.read(view, "$.recipients[?(@.agency == '" + MINISTRY + "')]");
        assertThat(ministry).singleElement().satisfies(r -> assertThat(r.get("businessStatus")).isNull());
    }

    @Test
    void aRepostedStatusReturnsTheFirstIdAndIsForwardedOnce() {
        deliveredDocumentNumbered(202);
        byte[] status = SamplePackages.statusAnswering(202);

        String first = JsonPath.read(postStatus(status, ConnectorFiles.DISTRICT_KEY).getBody(), "$.id");
        ResponseEntity<String> again = postStatus(status, ConnectorFiles.DISTRICT_KEY);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat((String) JsonPath.read(again.getBody(), "$.id")).isEqualTo(first);
        assertThat(again.getHeaders().getFirst("X-Lienthong-Duplicate")).isEqualTo("true");
        assertThat(jdbc.sql("select count(*) from statuses where id = ?").param(first).query(Long.class).single())
                .isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat((String) JsonPath.read(getDocument(first, ConnectorFiles.DISTRICT_KEY).getBody(), "$.state"))
                        .isEqualTo("DELIVERED"));
        assertThat(departmentSystem.received().stream().filter(p -> Arrays.equals(p.body(), status)))
                .hasSize(1);
    }

    /** Posts a renumbered sample as the department and waits until every recipient has it; returns its id. */
    private String deliveredDocumentNumbered(int number) {
        ResponseEntity<String> posted = postDocument(SamplePackages.validDocumentNumbered(number),
                ConnectorFiles.DEPARTMENT_KEY);
        assertThat(posted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String id = JsonPath.read(posted.getBody(), "$.id");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat((String) JsonPath.read(getDocument(id, ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.state"))
                        .isEqualTo("DELIVERED"));
        assertThat(new String(SamplePackages.statusAnswering(number), StandardCharsets.UTF_8))
                .contains("," + number + "/QĐ-SGDĐT");
        return id;
    }
}
