package vn.lienthong.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

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
import vn.lienthong.gateway.support.SignedPackages;

/** An operator finds, inspects, downloads, replays and abandons documents over the admin API, all audited. */
class AdminApiIT extends GatewayIT {

    @AfterEach
    void partnersUpAgain() {
        districtSystem.answerWith(202);
    }

    @Test
    void findsAMessageByItsNumberOrSubjectAndDownloadsTheExactBytes() {
        byte[] sample = withSubject(SamplePackages.validDocumentNumbered(501),
                "Về việc triển khai chuyển đổi số trong các trường THPT năm học 2026–2027");
        String id = post(sample);

        String byNumber = get("/api/admin/messages?number=501/QĐ-SGDĐT").getBody();
        String bySubject = get("/api/admin/messages?q=CHUYỂN ĐỔI SỐ").getBody();
        ResponseEntity<byte[]> download = asAdmin().getForEntity("/api/admin/messages/" + id + "/package", byte[].class);

        assertThat((List<String>) JsonPath.read(byNumber, "$.items[*].id")).containsExactly(id);
        assertThat((Integer) JsonPath.read(byNumber, "$.total")).isEqualTo(1);
        assertThat((List<String>) JsonPath.read(bySubject, "$.items[*].documentNumber")).containsExactly("501/QĐ-SGDĐT");
        assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_XML);
        assertThat(download.getBody()).isEqualTo(sample);
        // The department holds a key in the test gateway: what was sent is the same package with its signature.
        ResponseEntity<byte[]> sent = asAdmin().getForEntity("/api/admin/messages/" + id + "/package?direction=SENT",
                byte[].class);
        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(SignedPackages.withoutGatewayAdditions(sent.getBody())).isEqualTo(sample);
        assertThat(sent.getBody()).isNotEqualTo(sample);
    }

    @Test
    void searchTextIsNeverSqlAndBadFiltersAreProblems() {
        post(SamplePackages.validDocumentNumbered(502));

        String injected = get("/api/admin/messages?q=' or 1=1 --&number=502' or '1'='1").getBody();
        ResponseEntity<String> badState = get("/api/admin/messages?state=LOST");
        ResponseEntity<String> badDate = get("/api/admin/messages?from=20/11/2026");

        assertThat((Integer) JsonPath.read(injected, "$.total")).isZero();
        assertThat(badState.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badState.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat((List<String>) JsonPath.read(badState.getBody(), "$.violations[*].element")).containsExactly("state");
        assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rows("messages")).isPositive();
    }

    @Test
    void aDeadDeliveryIsListedAndItsConnectorShowsTheFailures() {
        String id = deadMessage(508);

        assertThat((List<String>) JsonPath.read(get("/api/admin/dead-letters").getBody(), "$.items[*].messageId"))
                .contains(id);
        String connectors = get("/api/admin/connectors").getBody();
        assertThat((List<Integer>) JsonPath.read(connectors,
                "$[?(@.id=='phong-gddt-thach-ha')].consecutiveFailures")).allMatch(n -> n >= 3);
        assertThat((List<String>) JsonPath.read(connectors, "$[?(@.id=='phong-gddt-thach-ha')].lastError"))
                .allMatch(e -> e.startsWith("HTTP 503"));
    }

    @Test
    void aDeadDeliveryIsReplayedWithAReasonDeliveredAndAudited() {
        String id = deadMessage(503);
        assertThat(action(id, "replay", "  ").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        districtSystem.answerWith(202);

        ResponseEntity<String> replay = action(id, "replay", "Phòng GD&ĐT Thạch Hà đã khắc phục máy chủ");

        assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat((List<String>) JsonPath.read(replay.getBody(), "$.deliveries[*].connectorId"))
                .containsExactly("phong-gddt-thach-ha");
        await().atMost(Duration.ofSeconds(20)).until(() -> "DELIVERED".equals(state(id)));
        String view = get("/api/admin/messages/" + id).getBody();
        assertThat((List<Integer>) JsonPath.read(view, "$.recipients[?(@.agency=='000.20.31.H53')].attemptCount"))
                .containsExactly(4);
        assertThat((List<String>) JsonPath.read(view, "$.history[*].type")).contains("DELIVERY_REPLAYED");
        String audit = get("/api/admin/audit").getBody();
        assertThat((List<String>) JsonPath.read(audit, "$.items[?(@.target=='message:" + id + "')].actor"))
                .containsExactly("admin");
        assertThat((Boolean) JsonPath.read(get("/api/admin/audit/verify").getBody(), "$.intact")).isTrue();
    }

    @Test
    void replayingAMessageWithNothingToReplayIsAConflict() {
        String id = post(SamplePackages.validDocumentNumbered(509));
        await().atMost(Duration.ofSeconds(20)).until(() -> "DELIVERED".equals(state(id)));

        ResponseEntity<String> replay = action(id, "replay", "Gửi lại lần nữa");

        assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(replay.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(action("khong-co-van-ban-nay", "replay", "thử").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aDeadDeliveryCanBeAbandonedAndTheMessageIsFinished() {
        String id = deadMessage(504);

        ResponseEntity<String> abandon = action(id, "abandon", "Trường đã sáp nhập, không nhận văn bản nữa");

        assertThat(abandon.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((String) JsonPath.read(abandon.getBody(), "$.messageState")).isEqualTo("ABANDONED");
        assertThat(deliveryState(id, "000.20.31.H53")).isEqualTo("ABANDONED");
        assertThat(action(id, "abandon", "lần nữa").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aWaitingDeliveryAbandonedIsNotSentWhenItsWorkArrives() {
        pauseOrResume("phong-gddt-thach-ha", "pause");
        String id = post(SamplePackages.validDocumentNumbered(510));
        await().atMost(Duration.ofSeconds(20)).until(() -> "DELIVERED".equals(deliveryState(id, "000.00.00.G03")));
        int requestsBefore = districtSystem.requestCount();

        ResponseEntity<String> abandon = action(id, "abandon", "Văn bản gửi nhầm nơi nhận");
        pauseOrResume("phong-gddt-thach-ha", "resume");

        assertThat(abandon.getStatusCode()).isEqualTo(HttpStatus.OK);
        // A later document on the same queue is delivered only after the abandoned one's work was taken off it.
        String later = post(SamplePackages.validDocumentNumbered(511));
        await().atMost(Duration.ofSeconds(20)).until(() -> "DELIVERED".equals(state(later)));
        assertThat(state(id)).isEqualTo("ABANDONED");
        assertThat(districtSystem.requestCount()).isEqualTo(requestsBefore + 1);
    }

    @Test
    void aBulkReplayReplaysEveryMatchingDeadMessageInTheBackground() {
        districtSystem.answerWith(503);
        String first = post(SamplePackages.validDocumentNumbered(505));
        String second = post(SamplePackages.validDocumentNumbered(506));
        await().atMost(Duration.ofSeconds(30)).until(() -> "DEAD".equals(state(first)) && "DEAD".equals(state(second)));
        districtSystem.answerWith(202);

        ResponseEntity<String> started = asAdmin().exchange("/api/admin/messages/replay?state=DEAD", HttpMethod.POST,
                json("{\"reason\":\"Sự cố mạng của tỉnh đã được khắc phục\"}"), String.class);

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String job = JsonPath.read(started.getBody(), "$.id");
        assertThat((Integer) JsonPath.read(started.getBody(), "$.total")).isGreaterThanOrEqualTo(2);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                "FINISHED".equals(JsonPath.read(get("/api/admin/replays/" + job).getBody(), "$.state")));
        await().atMost(Duration.ofSeconds(20)).until(() -> "DELIVERED".equals(state(first))
                && "DELIVERED".equals(state(second)));
        assertThat((Integer) JsonPath.read(get("/api/admin/replays/" + job).getBody(), "$.failed")).isZero();
    }

    @Test
    void aPausedConnectorHoldsItsWorkUntilResumed() {
        ResponseEntity<String> paused = pauseOrResume("bo-gddt", "pause");
        assertThat((Boolean) JsonPath.read(paused.getBody(), "$.paused")).isTrue();
        String id = post(SamplePackages.validDocumentNumbered(507));
        await().atMost(Duration.ofSeconds(20)).until(() -> "DELIVERED".equals(deliveryState(id, "000.20.31.H53")));
        assertThat(deliveryState(id, "000.00.00.G03")).isEqualTo("QUEUED");

        pauseOrResume("bo-gddt", "resume");

        await().atMost(Duration.ofSeconds(20)).until(() -> "DELIVERED".equals(state(id)));
        List<String> actions = JsonPath.read(get("/api/admin/audit?size=200").getBody(),
                "$.items[?(@.target=='connector:bo-gddt')].action");
        assertThat(actions).containsSubsequence("RESUME", "PAUSE");
    }

    @Test
    void connectorsAreReloadedOnRequestAndTheReloadIsAudited() {
        ResponseEntity<String> reload = asAdmin().exchange("/api/admin/connectors/reload", HttpMethod.POST,
                json("{\"reason\": \"Cập nhật tệp kết nối sau khi đổi địa chỉ máy chủ\"}"), String.class);

        assertThat(reload.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Boolean) JsonPath.read(reload.getBody(), "$.applied")).isTrue();
        assertThat(get("/api/admin/audit").getBody()).contains("RELOAD_CONNECTORS")
                .contains("Cập nhật tệp kết nối sau khi đổi địa chỉ máy chủ");
    }

    @Test
    void theOpenApiDocumentDescribesTheAdminApi() {
        String document = http.getForEntity("/v3/api-docs/admin", String.class).getBody();

        assertThat(document).contains("/api/admin/messages/{id}/replay", "/api/admin/audit/verify")
                .doesNotContain("/api/v1/documents");
    }

    /** A document whose district delivery ran out of attempts while the district's system answered 503. */
    private String deadMessage(int number) {
        districtSystem.answerWith(503);
        String id = post(SamplePackages.validDocumentNumbered(number));
        await().atMost(Duration.ofSeconds(30)).until(() -> "DEAD".equals(state(id)));
        return id;
    }

    private String post(byte[] sample) {
        return JsonPath.read(postDocument(sample, ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.id");
    }

    private ResponseEntity<String> get(String url) {
        return asAdmin().getForEntity(url, String.class);
    }

    private ResponseEntity<String> action(String id, String action, String reason) {
        return asAdmin().exchange("/api/admin/messages/" + id + "/" + action, HttpMethod.POST,
                json("{\"reason\":\"" + reason + "\"}"), String.class);
    }

    private ResponseEntity<String> pauseOrResume(String connector, String action) {
        return asAdmin().exchange("/api/admin/connectors/" + connector + "/" + action, HttpMethod.POST,
                json("{\"reason\":\"Bảo trì hệ thống của đối tác\"}"), String.class);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private String state(String id) {
        return jdbc.sql("select state from messages where id = ?").param(id).query(String.class).single();
    }

    private String deliveryState(String id, String agency) {
        return jdbc.sql("select d.state from deliveries d join recipients r on r.delivery_id = d.id "
                + "where r.message_id = ? and r.agency_id = ?").params(id, agency).query(String.class).single();
    }

    private static byte[] withSubject(byte[] sample, String subject) {
        return new String(sample, StandardCharsets.UTF_8)
                .replaceFirst("<edXML:Subject>[^<]*</edXML:Subject>", "<edXML:Subject>" + subject + "</edXML:Subject>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
