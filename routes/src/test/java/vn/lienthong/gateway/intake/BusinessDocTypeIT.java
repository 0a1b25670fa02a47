package vn.lienthong.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.GatewayIT;
import vn.lienthong.gateway.support.SamplePackages;
import vn.lienthong.gateway.support.SignedPackages;

/** A revocation or a new version of a document withdraws the earlier version's deliveries that still wait. */
class BusinessDocTypeIT extends GatewayIT {

    private static final String DISTRICT_CONNECTOR = "phong-gddt-thach-ha";

    @AfterEach
    void resumeTheDistrict() {
        connectorAction("resume");
    }

    @Test
    void aRevocationWithdrawsTheWaitingDeliveryAndOnlyTheRevocationArrives() {
        assertThat(connectorAction("pause")).isEqualTo(HttpStatus.OK);
        String original = post(SamplePackages.validDocumentNumbered(2101));
        String revocation = post(SamplePackages.businessChangeOf(2101, 1, "Ban hành nhầm, thu hồi để sửa đổi"));
        awaitProcessed(revocation);

        String view = getDocument(original, ConnectorFiles.DEPARTMENT_KEY).getBody();
        List<String> districtStates = JsonPath.read(view, "$.recipients[?(@.agency=='000.20.31.H53')].deliveryState");
        assertThat(districtStates).containsExactly("ABANDONED");
        List<String> history = JsonPath.read(view, "$.history[*].type");
        assertThat(history).contains("DOCUMENT_REVOKED");
        List<String> details = JsonPath.read(view, "$.history[?(@.type=='DOCUMENT_REVOKED')].detail");
        assertThat(details.get(0)).contains("thu hồi").contains(revocation).contains("Ban hành nhầm");

        connectorAction("resume");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat((String) JsonPath.read(
                getDocument(revocation, ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.state")).isEqualTo("DELIVERED"));
        List<String> atDistrict = districtSystem.received().stream().map(p -> SignedPackages.text(p.body()))
                .filter(text -> text.contains("<edXML:CodeNumber>2101<")).toList();
        assertThat(atDistrict).hasSize(1);
        assertThat(atDistrict.get(0)).contains("<edXML:BussinessDocType>1</edXML:BussinessDocType>");
    }

    @Test
    void aNewDocumentLeavesEarlierDocumentsAlone() {
        assertThat(connectorAction("pause")).isEqualTo(HttpStatus.OK);
        String first = post(SamplePackages.validDocumentNumbered(2102));
        awaitProcessed(post(SamplePackages.validDocumentNumbered(2103)));
        awaitProcessed(first);

        List<String> states = JsonPath.read(getDocument(first, ConnectorFiles.DEPARTMENT_KEY).getBody(),
                "$.recipients[?(@.agency=='000.20.31.H53')].deliveryState");
        assertThat(states).containsExactly("QUEUED");
    }

    private String post(byte[] body) {
        var response = postDocument(body, ConnectorFiles.DEPARTMENT_KEY);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        return JsonPath.read(response.getBody(), "$.id");
    }

    private HttpStatus connectorAction(String action) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var response = asAdmin().exchange("/api/admin/connectors/" + DISTRICT_CONNECTOR + "/" + action,
                HttpMethod.POST, new HttpEntity<>("{\"reason\": \"Kiểm thử thu hồi văn bản\"}", headers), String.class);
        return HttpStatus.valueOf(response.getStatusCode().value());
    }
}
