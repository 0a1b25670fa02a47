package vn.lienthong.gateway.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.SignedPackages;
import vn.lienthong.schemas.soap.AcknowledgeDocument;
import vn.lienthong.schemas.soap.DocumentPortType;
import vn.lienthong.schemas.soap.GatewayFault;
import vn.lienthong.schemas.soap.GetDocument;
import vn.lienthong.schemas.soap.GetPendingDocuments;
import vn.lienthong.schemas.soap.PendingDocument;

/** A school that pulls: its documents wait in its inbox, over REST and SOAP, until it acknowledges them. */
class InboxPullIT extends SoapPartnersIT {

    @Test
    void pullsOverRestAndAcknowledgementRemovesTheItem() {
        byte[] sample = documentFor(PULLING_SCHOOL, 6601);
        String messageId = post(sample);
        String itemId = awaitPendingOverRest(messageId);

        ResponseEntity<byte[]> content = http.exchange("/api/v1/inbox/" + itemId, HttpMethod.GET,
                new HttpEntity<>(keyed(SCHOOL_KEY)), byte[].class);
        assertThat(content.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(content.getHeaders().getContentType()).isNotNull()
                .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_XML));
        assertThat(SignedPackages.withoutGatewayAdditions(content.getBody())).isEqualTo(sample);
        assertThat(deliveryState(messageId)).isEqualTo("DELIVERED");

        ResponseEntity<String> ack = http.exchange("/api/v1/inbox/" + itemId + "/ack", HttpMethod.POST,
                new HttpEntity<>(keyed(SCHOOL_KEY)), String.class);
        assertThat(ack.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pendingIdsOverRest()).doesNotContain(itemId);
        assertThat(jdbc.sql("select acknowledged_at from inbox_items where delivery_id = ?").param(itemId)
                .query(Object.class).single()).isNotNull();
    }

    @Test
    void anotherPartnerGetsNotFound() {
        String messageId = post(documentFor(PULLING_SCHOOL, 6602));
        String itemId = awaitPendingOverRest(messageId);

        for (String path : List.of("/api/v1/inbox/" + itemId, "/api/v1/inbox/" + itemId + "/ack")) {
            HttpMethod method = path.endsWith("/ack") ? HttpMethod.POST : HttpMethod.GET;
            assertThat(http.exchange(path, method, new HttpEntity<>(keyed(ConnectorFiles.DISTRICT_KEY)), String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        }
        GatewayFault fault = catchThrowableOfType(GatewayFault.class,
                () -> soapClient(ConnectorFiles.DISTRICT_KEY).getDocument(get(itemId)));
        assertThat(fault.getFaultInfo().getStatus()).isEqualTo(404);
        assertThat(pendingIdsOverRest()).contains(itemId);
        ResponseEntity<String> districtInbox = http.exchange("/api/v1/inbox", HttpMethod.GET,
                new HttpEntity<>(keyed(ConnectorFiles.DISTRICT_KEY)), String.class);
        assertThat(districtInbox.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(districtInbox.getBody()).doesNotContain(itemId);
    }

    @Test
    void pullsOverSoapAndAcknowledgementRemovesTheItem() throws GatewayFault {
        byte[] sample = documentFor(PULLING_SCHOOL, 6603);
        String messageId = post(sample);
        String itemId = awaitPendingOverRest(messageId);
        DocumentPortType school = soapClient(SCHOOL_KEY);

        List<PendingDocument> pending = school.getPendingDocuments(new GetPendingDocuments()).getDocument();
        PendingDocument item = pending.stream().filter(d -> d.getId().equals(itemId)).findFirst().orElseThrow();
        assertThat(item.getSenderAgency()).isEqualTo(DEPARTMENT);
        assertThat(item.getSubject()).startsWith("Về việc tổ chức kỳ thi");
        assertThat(SignedPackages.withoutGatewayAdditions(school.getDocument(get(itemId)).getPackage())).isEqualTo(sample);

        AcknowledgeDocument ack = new AcknowledgeDocument();
        ack.setId(itemId);
        assertThat(school.acknowledgeDocument(ack).getAcknowledgedAt()).isNotNull();
        assertThat(school.getPendingDocuments(new GetPendingDocuments()).getDocument())
                .extracting(PendingDocument::getId).doesNotContain(itemId);
    }

    private String post(byte[] sample) {
        return JsonPath.read(postDocument(sample, ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.id");
    }

    /** The inbox item of the message, once dispatch has put it there; its id is the delivery id. */
    private String awaitPendingOverRest(String messageId) {
        awaitProcessed(messageId);
        String deliveryId = jdbc.sql("select id from deliveries where message_id = ? and connector_id = 'thcs-nguyen-du'")
                .param(messageId).query(String.class).single();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(pendingIdsOverRest()).contains(deliveryId));
        return deliveryId;
    }

    private List<String> pendingIdsOverRest() {
        ResponseEntity<String> list = http.exchange("/api/v1/inbox", HttpMethod.GET,
                new HttpEntity<>(keyed(SCHOOL_KEY)), String.class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        return JsonPath.read(list.getBody(), "$[*].id");
    }

    private String deliveryState(String messageId) {
        return jdbc.sql("select state from deliveries where message_id = ? and connector_id = 'thcs-nguyen-du'")
                .param(messageId).query(String.class).single();
    }

    private static HttpHeaders keyed(String apiKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-API-Key", apiKey);
        return headers;
    }

    private static GetDocument get(String id) {
        GetDocument request = new GetDocument();
        request.setId(id);
        return request;
    }
}
