package vn.lienthong.gateway.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.GatewayIT;
import vn.lienthong.gateway.support.SamplePackages;
import vn.lienthong.simulators.ReceivedPackage;

/**
 * A later version of a document (same sender and DocumentId) reaches a partner only once the earlier one has, even on
 * a connector that sends several deliveries at once, while other documents to that partner go side by side.
 */
class DocumentOrderIT extends GatewayIT {

    private static final String DISTRICT_CONNECTOR = "phong-gddt-thach-ha";
    private static final String PAUSE_REASON = "Kiểm thử thứ tự văn bản";
    /** Each answer of the district takes this long: long enough that two deliveries sent at once overlap. */
    private static final Duration DISTRICT_LATENCY = Duration.ofMillis(800);

    @AfterEach
    void districtAnswersNormally() {
        districtSystem.respondAfter(Duration.ZERO);
        connectorAction(DISTRICT_CONNECTOR, "resume", PAUSE_REASON);
    }

    @Test
    void aCorrectionNeverReachesThePartnerBeforeItsOriginal() {
        districtSystem.respondAfter(DISTRICT_LATENCY);
        assertThat(connectorAction(DISTRICT_CONNECTOR, "pause", PAUSE_REASON)).isEqualTo(HttpStatus.OK);
        String original = postAccepted(SamplePackages.validDocumentNumbered(2201));
        String correction = postAccepted(new String(SamplePackages.validDocumentNumbered(2201), StandardCharsets.UTF_8)
                .replace("<edXML:Subject>", "<edXML:Subject>Đính chính: ").getBytes(StandardCharsets.UTF_8));
        String other = postAccepted(SamplePackages.validDocumentNumbered(2202));
        awaitProcessed(original);
        awaitProcessed(correction);
        awaitProcessed(other);
        assertThat(documentIdOf(correction)).isEqualTo(documentIdOf(original));

        assertThat(connectorAction(DISTRICT_CONNECTOR, "resume", PAUSE_REASON)).isEqualTo(HttpStatus.OK);

        await().atMost(Duration.ofSeconds(30)).until(() -> "DELIVERED".equals(state(correction))
                && "DELIVERED".equals(state(other)));
        ReceivedPackage originalAtDistrict = receivedAtDistrict(original);
        ReceivedPackage correctionAtDistrict = receivedAtDistrict(correction);
        ReceivedPackage otherAtDistrict = receivedAtDistrict(other);
        // The correction's request started only after the original's answer: it took a whole latency after it.
        assertThat(Duration.between(originalAtDistrict.receivedAt(), correctionAtDistrict.receivedAt()))
                .isGreaterThanOrEqualTo(DISTRICT_LATENCY.minusMillis(100));
        assertThat(otherAtDistrict.receivedAt()).as("another document is not held behind the correction")
                .isBefore(correctionAtDistrict.receivedAt());
        assertThat(districtSystem.messageIdsSeen().indexOf(deliveryToDistrict(original)))
                .isLessThan(districtSystem.messageIdsSeen().indexOf(deliveryToDistrict(correction)));
    }

    private ReceivedPackage receivedAtDistrict(String messageId) {
        String deliveryId = deliveryToDistrict(messageId);
        return districtSystem.received().stream().filter(p -> deliveryId.equals(p.messageId())).findFirst()
                .orElseThrow();
    }

    private String deliveryToDistrict(String messageId) {
        return jdbc.sql("select id from deliveries where message_id = ? and connector_id = ?")
                .params(messageId, DISTRICT_CONNECTOR).query(String.class).single();
    }

    private String documentIdOf(String messageId) {
        return jdbc.sql("select document_id from messages where id = ?").param(messageId).query(String.class).single();
    }

    private String state(String messageId) {
        return JsonPath.read(getDocument(messageId, ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.state");
    }
}
