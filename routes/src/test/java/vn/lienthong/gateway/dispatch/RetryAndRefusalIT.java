package vn.lienthong.gateway.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.GatewayIT;
import vn.lienthong.gateway.support.SamplePackages;

/** A partner that is down is retried with backoff until its policy gives up; a refusal is final at once. */
class RetryAndRefusalIT extends GatewayIT {

    @AfterEach
    void partnersUpAgain() {
        districtSystem.answerWith(202);
        ministrySystem.answerWith(202);
    }

    @Test
    void aPartnerThatStaysDownEndsDeadAfterItsLastAttemptWithGrowingDelays() {
        districtSystem.answerWith(503);
        String id = post(201);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(state(id)).isEqualTo("DEAD"));

        String view = getDocument(id, ConnectorFiles.DEPARTMENT_KEY).getBody();
        List<Integer> statuses = JsonPath.read(view, "$.recipients[?(@.agency=='000.20.31.H53')].attempts[*].httpStatus");
        assertThat(statuses).containsExactly(503, 503, 503);
        List<String> starts = JsonPath.read(view, "$.recipients[?(@.agency=='000.20.31.H53')].attempts[*].startedAt");
        Duration firstGap = Duration.between(Instant.parse(starts.get(0)), Instant.parse(starts.get(1)));
        Duration secondGap = Duration.between(Instant.parse(starts.get(1)), Instant.parse(starts.get(2)));
        // Policy in GatewayIT: 200 ms, then doubled.
        assertThat(firstGap).isGreaterThanOrEqualTo(Duration.ofMillis(190));
        assertThat(secondGap).isGreaterThanOrEqualTo(Duration.ofMillis(390));
        List<String> ministryStates = JsonPath.read(view, "$.recipients[?(@.agency=='000.00.00.G03')].deliveryState");
        assertThat(ministryStates).containsExactly("DELIVERED");
    }

    @Test
    void aPartnerThatRecoversGetsThePackageOnALaterAttempt() {
        districtSystem.answerWith(503);
        String id = post(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> attempts(id) >= 1);

        districtSystem.answerWith(202);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(state(id)).isEqualTo("DELIVERED"));
        assertThat(attempts(id)).isBetween(2, 3);
    }

    @Test
    void aPermanentRefusalIsRejectedWithoutRetry() {
        districtSystem.answerWith(400);
        String id = post(203);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(state(id)).isEqualTo("REJECTED"));

        String view = getDocument(id, ConnectorFiles.DEPARTMENT_KEY).getBody();
        List<String> outcomes = JsonPath.read(view, "$.recipients[?(@.agency=='000.20.31.H53')].attempts[*].outcome");
        assertThat(outcomes).containsExactly("PERMANENT_REFUSAL");
        List<String> errors = JsonPath.read(view, "$.recipients[?(@.agency=='000.20.31.H53')].lastError");
        assertThat(errors.get(0)).startsWith("HTTP 400");
    }

    private String post(int number) {
        return JsonPath.read(postDocument(SamplePackages.validDocumentNumbered(number),
                ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.id");
    }

    private String state(String id) {
        return JsonPath.read(getDocument(id, ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.state");
    }

    private int attempts(String id) {
        return jdbc.sql("select coalesce(sum(attempts), 0) from deliveries where message_id = ? and connector_id = ?")
                .params(id, "phong-gddt-thach-ha").query(Integer.class).single();
    }
}
