package vn.lienthong.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.GatewayIT;
import vn.lienthong.gateway.support.SamplePackages;
import vn.lienthong.gateway.support.SignedPackages;

/** A revocation or a new version of a document withdraws the earlier version's deliveries that still wait. */
class BusinessDocTypeIT extends GatewayIT {

    private static final String DISTRICT_CONNECTOR = "phong-gddt-thach-ha";
    private static final String PAUSE_REASON = "Kiểm thử thu hồi văn bản";

    @AfterEach
    void resumeTheDistrict() {
        connectorAction(DISTRICT_CONNECTOR, "resume", PAUSE_REASON);
    }

    @Test
    void aRevocationWithdrawsTheWaitingDeliveryAndOnlyTheRevocationArrives() {
        assertThat(connectorAction(DISTRICT_CONNECTOR, "pause", PAUSE_REASON)).isEqualTo(HttpStatus.OK);
        String original = postAccepted(SamplePackages.validDocumentNumbered(2101));
        String revocation = postAccepted(SamplePackages.businessChangeOf(2101, 1, "Ban hành nhầm, thu hồi để sửa đổi"));
        awaitProcessed(revocation);

        String view = getDocument(original, ConnectorFiles.DEPARTMENT_KEY).getBody();
        List<String> districtStates = JsonPath.read(view, "$.recipients[?(@.agency=='000.20.31.H53')].deliveryState");
        assertThat(districtStates).containsExactly("ABANDONED");
        List<String> history = JsonPath.read(view, "$.history[*].type");
        assertThat(history).contains("DOCUMENT_REVOKED");
        List<String> details = JsonPath.read(view, "$.history[?(@.type=='DOCUMENT_REVOKED')].detail");
        assertThat(details.get(0)).contains("thu hồi").contains(revocation).contains("Ban hành nhầm");

        connectorAction(DISTRICT_CONNECTOR, "resume", PAUSE_REASON);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat((String) JsonPath.read(
                getDocument(revocation, ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.state")).isEqualTo("DELIVERED"));
        List<String> atDistrict = districtSystem.received().stream().map(p -> SignedPackages.text(p.body()))
                .filter(text -> text.contains("<edXML:CodeNumber>2101<")).toList();
        assertThat(atDistrict).hasSize(1);
        assertThat(atDistrict.get(0)).contains("<edXML:BussinessDocType>1</edXML:BussinessDocType>");
    }

    @Test
    void aNewDocumentLeavesEarlierDocumentsAlone() {
        assertThat(connectorAction(DISTRICT_CONNECTOR, "pause", PAUSE_REASON)).isEqualTo(HttpStatus.OK);
        String first = postAccepted(SamplePackages.validDocumentNumbered(2102));
        awaitProcessed(postAccepted(SamplePackages.validDocumentNumbered(2103)));
        awaitProcessed(first);

        List<String> states = JsonPath.read(getDocument(first, ConnectorFiles.DEPARTMENT_KEY).getBody(),
                "$.recipients[?(@.agency=='000.20.31.H53')].deliveryState");
        assertThat(states).containsExactly("QUEUED");
    }
}
