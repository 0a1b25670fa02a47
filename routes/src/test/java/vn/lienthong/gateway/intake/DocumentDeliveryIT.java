package vn.lienthong.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.GatewayIT;
import vn.lienthong.gateway.support.SamplePackages;
import vn.lienthong.gateway.support.SignedPackages;
import vn.lienthong.simulators.ReceivedPackage;

/** A pushed package reaches every recipient's system byte for byte, and the sender can follow it. */
class DocumentDeliveryIT extends GatewayIT {

    @Test
    void deliversThePackageAsReceivedToEveryRecipient() {
        byte[] sample = SamplePackages.validDocumentNumbered(101);

        ResponseEntity<String> response = postDocument(sample, ConnectorFiles.DEPARTMENT_KEY);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String id = JsonPath.read(response.getBody(), "$.id");
        assertThat(response.getHeaders().getLocation()).hasToString("/api/v1/documents/" + id);
        assertThat((String) JsonPath.read(response.getBody(), "$.status")).isEqualTo("ACCEPTED");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat((String) JsonPath.read(getDocument(id, ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.state"))
                        .isEqualTo("DELIVERED"));

        ReceivedPackage atDistrict = onlyPackageNumbered(districtSystem.received(), 101);
        ReceivedPackage atMinistry = onlyPackageNumbered(ministrySystem.received(), 101);
        // The department holds a key: the gateway adds its signature and changes nothing else.
        assertThat(SignedPackages.withoutGatewayAdditions(atDistrict.body())).isEqualTo(sample);
        assertThat(atMinistry.body()).isEqualTo(atDistrict.body());
        // This hop is recorded after the sender's own TraceHeader, in the same TraceHeaderList.
        assertThat(SignedPackages.text(atDistrict.body()))
                .containsPattern("<edXML:TraceHeader><edXML:OrganId>000\\.00\\.13\\.H53</edXML:OrganId><edXML:Timestamp>"
                        + "\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}</edXML:Timestamp></edXML:TraceHeader>\\s*<edXML:Bussiness>");
        assertThat(atDistrict.contentType()).isEqualTo("application/xml; charset=UTF-8");
        assertThat(atDistrict.messageId()).isNotBlank().isNotEqualTo(atMinistry.messageId());

        String view = getDocument(id, ConnectorFiles.DEPARTMENT_KEY).getBody();
        List<String> agencies = JsonPath.read(view, "$.recipients[*].agency");
        assertThat(agencies).containsExactly(DISTRICT, MINISTRY);
        List<String> states = JsonPath.read(view, "$.recipients[*].deliveryState");
        assertThat(states).containsOnly("DELIVERED");
        List<Integer> httpStatuses = JsonPath.read(view, "$.recipients[*].attempts[*].httpStatus");
        assertThat(httpStatuses).containsExactly(202, 202);
        assertThat((String) JsonPath.read(view, "$.documentNumber")).isEqualTo("101/QĐ-SGDĐT");
        List<String> deliveryIds = JsonPath.read(view, "$.recipients[*].deliveryId");
        assertThat(deliveryIds).containsExactlyInAnyOrder(atDistrict.messageId(), atMinistry.messageId());
    }

    @Test
    void aRepostReturnsTheFirstIdAndIsNotDeliveredTwice() {
        byte[] sample = SamplePackages.validDocumentNumbered(102);

        String first = JsonPath.read(postDocument(sample, ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.id");
        ResponseEntity<String> again = postDocument(sample, ConnectorFiles.DEPARTMENT_KEY);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat((String) JsonPath.read(again.getBody(), "$.id")).isEqualTo(first);
        assertThat(again.getHeaders().getFirst("X-Lienthong-Duplicate")).isEqualTo("true");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat((String) JsonPath.read(getDocument(first, ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.state"))
                        .isEqualTo("DELIVERED"));
        onlyPackageNumbered(districtSystem.received(), 102);
        assertThat(jdbc.sql("select count(*) from messages where code_number = '102'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void anotherPartnerCannotReadTheDocument() {
        String id = JsonPath.read(postDocument(SamplePackages.validDocumentNumbered(103),
                ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.id");

        ResponseEntity<String> asDistrict = getDocument(id, ConnectorFiles.DISTRICT_KEY);

        assertThat(asDistrict.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(asDistrict.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    @Test
    void anotherPartnersDocumentAnswersExactlyLikeOneThatDoesNotExist() {
        String id = JsonPath.read(postDocument(SamplePackages.validDocumentNumbered(104),
                ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.id");
        String unknown = "00000000-0000-0000-0000-000000000000";

        ResponseEntity<String> existing = getDocument(id, ConnectorFiles.MINISTRY_KEY);
        ResponseEntity<String> missing = getDocument(unknown, ConnectorFiles.MINISTRY_KEY);

        assertThat(existing.getStatusCode()).isEqualTo(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(existing.getBody().replace(id, "ID")).isEqualTo(missing.getBody().replace(unknown, "ID"));
    }

    private static ReceivedPackage onlyPackageNumbered(List<ReceivedPackage> received, int number) {
        List<ReceivedPackage> matching = received.stream()
                .filter(p -> SignedPackages.text(p.body()).contains("<edXML:CodeNumber>" + number + "<")).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }
}
