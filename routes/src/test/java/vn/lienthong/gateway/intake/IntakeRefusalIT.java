package vn.lienthong.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.GatewayIT;
import vn.lienthong.gateway.support.SamplePackages;

/** Every refusal is problem+json naming the element, the rule and the value, and stores nothing at all. */
class IntakeRefusalIT extends GatewayIT {

    private long messagesBefore;
    private long packagesBefore;
    private long deliveriesBefore;

    @BeforeEach
    void countRows() {
        messagesBefore = rows("messages");
        packagesBefore = rows("packages");
        deliveriesBefore = rows("deliveries");
    }

    @Test
    void aPackageMissingItsSubjectIsRefusedWithTheElementAndRule() {
        ResponseEntity<String> response = postDocument(
                SamplePackages.load("packages/invalid-missing-subject.xml"), ConnectorFiles.DEPARTMENT_KEY);

        assertProblem(response, HttpStatus.BAD_REQUEST);
        List<String> elements = JsonPath.read(response.getBody(), "$.violations[*].element");
        List<String> rules = JsonPath.read(response.getBody(), "$.violations[*].rule");
        assertThat(elements).anyMatch(e -> e.endsWith("Subject"));
        assertThat(rules).anyMatch(r -> r.startsWith("required"));
        assertNothingStored();
    }

    @Test
    void aDoctypeIsRefusedAsHostileInput() {
        ResponseEntity<String> response = postDocument(
                SamplePackages.load("packages/invalid-doctype.xml"), ConnectorFiles.DEPARTMENT_KEY);

        assertProblem(response, HttpStatus.BAD_REQUEST);
        assertThat((List<String>) JsonPath.read(response.getBody(), "$.violations[*].rule")).contains("no-doctype");
        assertNothingStored();
    }

    @Test
    void aRecipientNoConnectorReachesIsRefused() {
        String xml = new String(SamplePackages.validDocumentNumbered(301), StandardCharsets.UTF_8)
                .replace("000.00.00.G03", "000.00.00.G99");

        ResponseEntity<String> response = postDocument(xml.getBytes(StandardCharsets.UTF_8),
                ConnectorFiles.DEPARTMENT_KEY);

        assertProblem(response, HttpStatus.BAD_REQUEST);
        assertThat((List<String>) JsonPath.read(response.getBody(), "$.violations[*].value")).contains("000.00.00.G99");
        assertThat((List<String>) JsonPath.read(response.getBody(), "$.violations[*].element"))
                .contains("MessageHeader/To[2]/OrganId");
        assertNothingStored();
    }

    @Test
    void aPartnerCannotSendAsAnotherAgency() {
        ResponseEntity<String> response = postDocument(SamplePackages.validDocumentNumbered(302),
                ConnectorFiles.DISTRICT_KEY);

        assertProblem(response, HttpStatus.FORBIDDEN);
        assertThat((List<String>) JsonPath.read(response.getBody(), "$.violations[*].value")).contains(DEPARTMENT);
        assertNothingStored();
    }

    @Test
    void aMissingOrUnknownKeyIsUnauthenticated() {
        assertProblem(postDocument(SamplePackages.validDocumentNumbered(303), null), HttpStatus.UNAUTHORIZED);
        assertProblem(postDocument(SamplePackages.validDocumentNumbered(303), "not-a-key"), HttpStatus.UNAUTHORIZED);
        assertNothingStored();
    }

    @Test
    void aBodyThatIsNotXmlIsAnUnsupportedMediaType() {
        ResponseEntity<String> response = postDocument(SamplePackages.validDocumentNumbered(304),
                ConnectorFiles.DEPARTMENT_KEY, MediaType.APPLICATION_JSON);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertNothingStored();
    }

    @Test
    void aStatusPackageIsNotADocument() {
        ResponseEntity<String> response = postDocument(SamplePackages.load("samples/valid-status-03.xml"),
                ConnectorFiles.DISTRICT_KEY);

        assertProblem(response, HttpStatus.BAD_REQUEST);
        assertNothingStored();
    }

    @Test
    void aUtf16PackageTheGatewayWouldSignIsRefusedNamingTheEncodingRule() {
        String xml = new String(SamplePackages.validDocumentNumbered(303), StandardCharsets.UTF_8)
                .replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");

        ResponseEntity<String> response = postDocument(xml.getBytes(StandardCharsets.UTF_16),
                ConnectorFiles.DEPARTMENT_KEY);

        assertProblem(response, HttpStatus.BAD_REQUEST);
        assertThat((List<String>) JsonPath.read(response.getBody(), "$.violations[*].rule"))
                .anyMatch(rule -> rule.startsWith(SigningPreconditions.RULE));
        assertThat((List<String>) JsonPath.read(response.getBody(), "$.violations[*].element"))
                .anyMatch(element -> element.contains("encoding"));
        assertThat((List<String>) JsonPath.read(response.getBody(), "$.violations[*].value")).contains("UTF-16");
        assertNothingStored();
    }

    private static void assertProblem(ResponseEntity<String> response, HttpStatus status) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat((Integer) JsonPath.read(response.getBody(), "$.status")).isEqualTo(status.value());
        assertThat((String) JsonPath.read(response.getBody(), "$.detail")).isNotBlank();
    }

    private void assertNothingStored() {
        assertThat(rows("messages")).isEqualTo(messagesBefore);
        assertThat(rows("packages")).isEqualTo(packagesBefore);
        assertThat(rows("deliveries")).isEqualTo(deliveriesBefore);
    }
}
