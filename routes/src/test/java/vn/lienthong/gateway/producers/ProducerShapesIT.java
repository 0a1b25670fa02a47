package vn.lienthong.gateway.producers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.GatewayIT;
import vn.lienthong.gateway.support.ProducerFixtures;
import vn.lienthong.gateway.support.ProducerFixtures.Verdict;

/**
 * Every producer-shape fixture through the REST intake, in the order of {@code verdicts.csv} (documents before the
 * statuses answering them): the whole pipeline (reader, rules, sender, recipients, signature policy, status
 * correlation, store) gives the verdict the reader's unit test gives, and a refusal stores nothing.
 */
class ProducerShapesIT extends GatewayIT {

    static Stream<Verdict> verdicts() {
        return ProducerFixtures.verdicts().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("verdicts")
    void theGatewayAgreesWithTheReader(Verdict verdict) {
        long messagesBefore = rows("messages");
        byte[] body = ProducerFixtures.bytes(verdict.fixture());
        String key = DEPARTMENT.equals(verdict.sender()) ? ConnectorFiles.DEPARTMENT_KEY : ConnectorFiles.DISTRICT_KEY;

        ResponseEntity<String> response = verdict.isStatus() ? postStatus(body, key) : postDocument(body, key);

        if (verdict.accepted()) {
            assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.ACCEPTED);
            assertThat(rows("messages")).isEqualTo(messagesBefore + 1);
            String view = getDocument(JsonPath.read(response.getBody(), "$.id"), key).getBody();
            assertThat((String) JsonPath.read(view, "$.state")).isNotBlank();
        } else {
            assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            List<String> elements = JsonPath.read(response.getBody(), "$.violations[*].element");
            List<String> rules = JsonPath.read(response.getBody(), "$.violations[*].rule");
            assertThat(elements).contains(verdict.element());
            assertThat(rules.get(elements.indexOf(verdict.element()))).startsWith(verdict.rule());
            assertThat(rows("messages")).isEqualTo(messagesBefore);
        }
    }
}
