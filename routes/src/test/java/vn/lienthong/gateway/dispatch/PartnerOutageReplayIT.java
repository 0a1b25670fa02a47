package vn.lienthong.gateway.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.GatewayIT;
import vn.lienthong.gateway.support.SamplePackages;
import vn.lienthong.simulators.ReceivedPackage;

/**
 * A partner down for longer than its retry budget: every delivery to it ends DEAD after its last attempt with each
 * attempt recorded, and once it is back one operator replay delivers each exactly once, under the message id every
 * earlier attempt carried.
 */
class PartnerOutageReplayIT extends GatewayIT {

    private static final int DOCUMENTS = 5;
    /** max-attempts of the district's connector in {@link GatewayIT}. */
    private static final int BUDGET = 3;

    @AfterEach
    void partnerUpAgain() {
        districtSystem.answerWith(202);
    }

    @Test
    void deadDeliveriesAreReplayedOnceEachUnderTheirMessageIdWhenThePartnerIsBack() {
        districtSystem.answerWith(503);
        int requestsBefore = districtSystem.requestCount();
        List<String> ids = IntStream.rangeClosed(801, 800 + DOCUMENTS).mapToObj(this::post).toList();

        await().atMost(Duration.ofSeconds(40)).until(() -> ids.stream().allMatch(id -> "DEAD".equals(state(id))));
        Map<String, String> deliveryIds = ids.stream().collect(Collectors.toMap(Function.identity(),
                id -> jdbc.sql("select id from deliveries where message_id = ? and connector_id = ?")
                        .params(id, "phong-gddt-thach-ha").query(String.class).single()));
        int attemptsWhileDown = districtSystem.requestCount() - requestsBefore;
        for (String id : ids) {
            String view = getDocument(id, ConnectorFiles.DEPARTMENT_KEY).getBody();
            assertThat((List<Integer>) JsonPath.read(view, district("attempts[*].number"))).containsExactly(1, 2, 3);
            assertThat((List<String>) JsonPath.read(view, district("attempts[*].outcome")))
                    .containsOnly("TRANSIENT_FAILURE");
            assertThat((List<Integer>) JsonPath.read(view, district("attempts[*].httpStatus"))).containsOnly(503);
            assertThat((List<String>) JsonPath.read(view, "$.recipients[?(@.agency=='" + MINISTRY
                    + "')].deliveryState")).containsExactly("DELIVERED");
        }
        assertThat(attemptsWhileDown).isEqualTo(DOCUMENTS * BUDGET);
        List<String> deadLetters = JsonPath.read(asAdmin().getForEntity("/api/admin/dead-letters", String.class)
                .getBody(), "$.items[*].messageId");
        assertThat(deadLetters).containsAll(ids);

        districtSystem.answerWith(202);
        ResponseEntity<String> replay = asAdmin().exchange("/api/admin/messages/replay?state=DEAD&connector="
                + "phong-gddt-thach-ha", HttpMethod.POST, reason("Phòng GD&ĐT Thạch Hà đã khôi phục máy chủ"),
                String.class);
        assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream().allMatch(id -> "DELIVERED".equals(state(id))));

        Map<String, Long> receivedPerId = districtSystem.received().stream()
                .filter(p -> deliveryIds.containsValue(p.messageId()))
                .collect(Collectors.groupingBy(ReceivedPackage::messageId, Collectors.counting()));
        Map<String, Long> requestsPerId = districtSystem.messageIdsSeen().stream()
                .filter(deliveryIds::containsValue)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        long duplicates = receivedPerId.values().stream().mapToLong(n -> n - 1).sum();
        long lost = deliveryIds.values().stream().filter(id -> !receivedPerId.containsKey(id)).count();
        System.out.printf("partner down past its retry budget: sent=%d accepted=%d dead=%d attempts while down=%d "
                        + "replayed=%d delivered=%d duplicates=%d lost=%d%n", DOCUMENTS, ids.size(), ids.size(),
                attemptsWhileDown, ids.size(), receivedPerId.size(), duplicates, lost);
        assertThat(receivedPerId).hasSize(DOCUMENTS).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
        // Every attempt, the failed ones and the replay, carried the delivery's one id.
        assertThat(requestsPerId).hasSize(DOCUMENTS)
                .allSatisfy((id, count) -> assertThat(count).isEqualTo(BUDGET + 1L));
        for (String id : ids) {
            String view = getDocument(id, ConnectorFiles.DEPARTMENT_KEY).getBody();
            assertThat((List<String>) JsonPath.read(view, district("attempts[*].outcome")))
                    .containsExactly("TRANSIENT_FAILURE", "TRANSIENT_FAILURE", "TRANSIENT_FAILURE", "ACCEPTED");
            assertThat((List<String>) JsonPath.read(view, "$.history[*].type")).contains("DELIVERY_REPLAYED");
        }
    }

    private static String district(String path) {
        return "$.recipients[?(@.agency=='" + DISTRICT + "')]." + path;
    }

    private String post(int number) {
        return JsonPath.read(postDocument(SamplePackages.validDocumentNumbered(number), ConnectorFiles.DEPARTMENT_KEY)
                .getBody(), "$.id");
    }

    private String state(String id) {
        return JsonPath.read(getDocument(id, ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.state");
    }

    private static HttpEntity<String> reason(String reason) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>("{\"reason\":\"" + reason + "\"}", headers);
    }
}
