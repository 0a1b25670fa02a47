package vn.lienthong.gateway.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.GatewayIT;
import vn.lienthong.gateway.support.SamplePackages;

/** A status that cannot be matched with a document, or comes from the wrong party, is refused and stores nothing. */
class StatusRefusalIT extends GatewayIT {

    private long messagesBefore;
    private long statusesBefore;
    private long packagesBefore;

    @BeforeEach
    void countRows() {
        messagesBefore = rows("messages");
        statusesBefore = rows("statuses");
        packagesBefore = rows("packages");
    }

    @Test
    void aStatusForAnUnknownDocumentIsRefused() {
        ResponseEntity<String> response = postStatus(SamplePackages.statusAnswering(299), ConnectorFiles.DISTRICT_KEY);

        assertRefused(response, HttpStatus.BAD_REQUEST, "Status/ResponseFor/DocumentId", "response-for-known");
        assertThat((String) JsonPath.read(response.getBody(), "$.violations[0].value"))
                .isEqualTo("000.00.13.H53,2026/11/20,299/QĐ-SGDĐT");
    }

    @Test
    void aStatusFromAnAgencyThatIsNotARecipientIsRefused() {
        awaitProcessed(JsonPath.read(postDocument(SamplePackages.validDocumentNumbered(298),
                ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.id"));
        countRows();
        // The department answering its own document: a known document, but the department is not its recipient.
        byte[] fromDepartment = new String(SamplePackages.statusAnswering(298), StandardCharsets.UTF_8)
                .replace(DISTRICT, DEPARTMENT).getBytes(StandardCharsets.UTF_8);

        ResponseEntity<String> response = postStatus(fromDepartment, ConnectorFiles.DEPARTMENT_KEY);

        assertRefused(response, HttpStatus.BAD_REQUEST, "Status/From/OrganId", "status-from-recipient");
    }

    @Test
    void aStatusWithAForgedSenderIsForbidden() {
        awaitProcessed(JsonPath.read(postDocument(SamplePackages.validDocumentNumbered(297),
                ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.id"));
        countRows();
        // The district's key, but the package claims to come from the Ministry, also a recipient of the document.
        byte[] forged = new String(SamplePackages.statusAnswering(297), StandardCharsets.UTF_8)
                .replace(DISTRICT, MINISTRY).getBytes(StandardCharsets.UTF_8);

        ResponseEntity<String> response = postStatus(forged, ConnectorFiles.DISTRICT_KEY);

        assertRefused(response, HttpStatus.FORBIDDEN, "MessageHeader/From/OrganId", "sender-authorised");
    }

    @Test
    void aDocumentIsNotAStatus() {
        ResponseEntity<String> response = postStatus(SamplePackages.validDocumentNumbered(296),
                ConnectorFiles.DEPARTMENT_KEY);

        assertRefused(response, HttpStatus.BAD_REQUEST, "MessageHeader/StatusCode", "status-expected");
    }

    private void assertRefused(ResponseEntity<String> response, HttpStatus status, String element, String rule) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat((String) JsonPath.read(response.getBody(), "$.violations[0].element")).isEqualTo(element);
        assertThat((String) JsonPath.read(response.getBody(), "$.violations[0].rule")).startsWith(rule);
        assertThat(rows("messages")).isEqualTo(messagesBefore);
        assertThat(rows("statuses")).isEqualTo(statusesBefore);
        assertThat(rows("packages")).isEqualTo(packagesBefore);
    }
}
