package vn.lienthong.gateway.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import vn.lienthong.connectors.vdxp.VdxpHeaders;
import vn.lienthong.gateway.support.SignedPackages;
import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.PlatformGatewayIT;
import vn.lienthong.simulators.ReceivedPackage;
import vn.lienthong.simulators.VdxpPlatformSimulator;

/** The Government Office behind the national platform: sendEdoc out, the received-package poll in. */
class VdxpTransportIT extends PlatformGatewayIT {

    @Test
    void aDocumentForTheGovernmentOfficeReachesThePlatformInTheSdksWireFormat() {
        byte[] sample = departmentDocumentTo(GOVERNMENT_OFFICE, 501);

        String id = JsonPath.read(postDocument(sample, ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.id");

        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() ->
                assertThat((String) JsonPath.read(getDocument(id, ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.state"))
                        .isEqualTo("DELIVERED"));
        VdxpPlatformSimulator.SentEdoc sent = nationalPlatform.sent().stream()
                .filter(s -> new String(s.packageBytes(), StandardCharsets.UTF_8).contains(">501<")).findFirst()
                .orElseThrow();
        // The simulator verified the HMAC, the signed members and the hash-file before it took the package.
        assertThat(SignedPackages.withoutGatewayAdditions(sent.packageBytes())).isEqualTo(sample);
        assertThat(sent.systemId()).isEqualTo(ConnectorFiles.VDXP_SYSTEM_ID);
        assertThat(sent.signed()).containsEntry(VdxpHeaders.SERVICE_TYPE, "eDoc")
                .containsEntry(VdxpHeaders.MESSAGE_TYPE, "edoc")
                .containsEntry(VdxpHeaders.FROM, DEPARTMENT)
                .containsEntry(VdxpHeaders.TO, "[\"" + GOVERNMENT_OFFICE + "\"]")
                .containsEntry(VdxpHeaders.CONTENT_TYPE, "application/octet-stream")
                .containsKeys(VdxpHeaders.TIMESTAMP, VdxpHeaders.HASH_FILE);
        List<String> deliveryIds = JsonPath.read(getDocument(id, ConnectorFiles.DEPARTMENT_KEY).getBody(),
                "$.recipients[?(@.agency == '" + GOVERNMENT_OFFICE + "')].deliveryId");
        assertThat(sent.messageId()).isEqualTo(deliveryIds.get(0));
        assertThat(nationalPlatform.refusals()).isEmpty();
    }

    @Test
    void aPackageHeldByThePlatformIsPolledDeliveredToTheDistrictAndAcknowledgedDone() {
        byte[] fromGovernment = documentFrom(GOVERNMENT_OFFICE, 601);

        nationalPlatform.hold("vdxp-601", fromGovernment);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(districtSystem.received())
                .extracting(ReceivedPackage::body).anySatisfy(body -> assertThat(SignedPackages.withoutGatewayAdditions(body)).isEqualTo(fromGovernment)));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(nationalPlatform.statusUpdates())
                .contains(new VdxpPlatformSimulator.StatusUpdate("vdxp-601", "done", "")));
    }

    @Test
    void aBadPackageIsAcknowledgedFailWithTheReasonAndNeverDelivered() {
        byte[] withoutSubject = new String(documentFrom(GOVERNMENT_OFFICE, 602), StandardCharsets.UTF_8)
                .replaceAll("<edXML:Subject>[^<]*</edXML:Subject>", "").getBytes(StandardCharsets.UTF_8);

        nationalPlatform.hold("vdxp-602", withoutSubject);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(nationalPlatform.statusUpdates())
                .anySatisfy(update -> {
                    assertThat(update.docId()).isEqualTo("vdxp-602");
                    assertThat(update.status()).isEqualTo("fail");
                    assertThat(update.description()).contains("MessageHeader/Subject");
                }));
        assertThat(districtSystem.received()).extracting(ReceivedPackage::body)
                .noneSatisfy(body -> assertThat(body).isEqualTo(withoutSubject));
    }
}
