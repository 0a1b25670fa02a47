package vn.lienthong.gateway.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.GatewayIT;
import vn.lienthong.gateway.support.SamplePackages;

/** The console log is JSON by default, and every dispatch line about a delivery names its message and delivery. */
@ExtendWith(OutputCaptureExtension.class)
class DispatchLoggingIT extends GatewayIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void dispatchLinesForADeliveryCarryItsMessageIdAndDeliveryId(CapturedOutput output) {
        String id = JsonPath.read(postDocument(SamplePackages.validDocumentNumbered(301),
                ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.id");
        awaitProcessed(id);
        String deliveryId = jdbc.sql("select id from deliveries where message_id = ? and connector_id = ?")
                .params(id, "phong-gddt-thach-ha").query(String.class).single();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(linesMentioning(output, "Delivery " + deliveryId)).isNotEmpty());

        JsonNode outcome = linesMentioning(output, "Delivery " + deliveryId).get(0);
        assertThat(outcome.path("messageId").asText()).isEqualTo(id);
        assertThat(outcome.path("deliveryId").asText()).isEqualTo(deliveryId);
        assertThat(outcome.path("connector").asText()).isEqualTo("phong-gddt-thach-ha");
        assertThat(outcome.path("documentNumber").asText()).startsWith("301/");
        JsonNode accepted = linesMentioning(output, "Accepted DOCUMENT " + id).get(0);
        assertThat(accepted.path("messageId").asText()).isEqualTo(id);
        assertThat(accepted.has("deliveryId")).isFalse();
    }

    /** The JSON log lines whose message contains {@code text}; lines that are not JSON are not the gateway's. */
    private static List<JsonNode> linesMentioning(CapturedOutput output, String text) {
        return output.getOut().lines()
                .filter(line -> line.startsWith("{") && line.contains(text))
                .map(DispatchLoggingIT::parse)
                .filter(node -> node.path("message").asText().contains(text))
                .toList();
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (java.io.IOException e) {
            throw new AssertionError("not a JSON log line: " + line, e);
        }
    }
}
