package vn.lienthong.gateway.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienthong.gateway.store.PackageDigest;
import vn.lienthong.gateway.support.AdjustableClock;
import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.GatewayIT;
import vn.lienthong.gateway.support.SamplePackages;
import vn.lienthong.gateway.support.WebhookReceiver;

/**
 * One document to the Thạch Hà district office and the Ministry on Monday 23 November 2026 at 09:00: the district
 * acknowledges it late and registers it in time, the Ministry never answers. Time moves by the gateway's clock, not
 * by waiting. The deadline states, the alerts, the statistics JSON and CSV and the metrics must tell the same story.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@AutoConfigureObservability(tracing = false)
class DeadlinesIT extends GatewayIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final AdjustableClock CLOCK = new AdjustableClock(vietnam("2026-11-23T09:00"));
    private static final WebhookReceiver webhook = WebhookReceiver.start();
    private static final String IOC_KEY = "ioc-ha-tinh-khoa-thu-nghiem-2026";
    private static final int NUMBER = 901;
    private static String documentId;

    @TestConfiguration
    static class PinnedClock {
        @Bean
        @Primary
        Clock adjustableClock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void deadlineProperties(DynamicPropertyRegistry registry) {
        registry.add("lienthong.deadlines.check-interval", () -> "200ms");
        registry.add("lienthong.alerts.check-interval", () -> "200ms");
        registry.add("lienthong.alerts.webhook-url", webhook::url);
        registry.add("lienthong.reporting.api-keys[0].name", () -> "ioc-ha-tinh");
        registry.add("lienthong.reporting.api-keys[0].sha256",
                () -> PackageDigest.sha256Hex(IOC_KEY.getBytes(StandardCharsets.UTF_8)));
    }

    @AfterAll
    static void stopWebhook() {
        webhook.stop();
    }

    @Test
    @Order(1)
    void aDeliveredDocumentGetsDeadlinesOnTheWorkingCalendar() {
        ResponseEntity<String> posted = postDocument(SamplePackages.validDocumentNumbered(NUMBER),
                ConnectorFiles.DEPARTMENT_KEY);
        assertThat(posted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        documentId = JsonPath.read(posted.getBody(), "$.id");
        await().atMost(Duration.ofSeconds(30)).until(() -> rowsOf(documentId) == 6);

        String view = getDocument(documentId, ConnectorFiles.DEPARTMENT_KEY).getBody();
        // 4 working hours from 09:00: 2.5 before lunch, 1.5 after it; registration by the end of Tuesday.
        assertThat(deadline(view, DISTRICT, "ACKNOWLEDGEMENT", "dueAt")).isEqualTo(vietnam("2026-11-23T14:30")
                .toString());
        assertThat(deadline(view, MINISTRY, "REGISTRATION", "dueAt")).isEqualTo(vietnam("2026-11-24T17:00")
                .toString());
        assertThat(deadline(view, MINISTRY, "HANDLING", "dueAt")).isEqualTo("2026-12-05T16:59:59Z");
        assertThat(deadline(view, DISTRICT, "ACKNOWLEDGEMENT", "state")).isEqualTo("OPEN");
        List<String> names = JsonPath.read(view, "$.recipients[?(@.agency == '" + DISTRICT + "')].name");
        assertThat(names).containsExactly("Phòng Giáo dục và Đào tạo huyện Thạch Hà");
    }

    @Test
    @Order(2)
    void pastTheAcknowledgementDeadlineBothAreOverdueAndRaiseAlerts() {
        CLOCK.set(vietnam("2026-11-23T15:00"));

        await().atMost(Duration.ofSeconds(20)).until(() -> overdueAlertsRaised().size() == 2);
        String view = getDocument(documentId, ConnectorFiles.DEPARTMENT_KEY).getBody();
        assertThat(deadline(view, DISTRICT, "ACKNOWLEDGEMENT", "state")).isEqualTo("OVERDUE");
        assertThat(deadline(view, MINISTRY, "ACKNOWLEDGEMENT", "state")).isEqualTo("OVERDUE");
        assertThat(deadline(view, MINISTRY, "REGISTRATION", "state")).isEqualTo("OPEN");
        assertThat(overdueAlertsRaised()).extracting(b -> (String) JsonPath.read(b, "$.target")).containsExactlyInAnyOrder(
                "Phòng Giáo dục và Đào tạo huyện Thạch Hà (" + DISTRICT + ") · 01 · " + NUMBER + "/QĐ-SGDĐT",
                "Bộ Giáo dục và Đào tạo (" + MINISTRY + ") · 01 · " + NUMBER + "/QĐ-SGDĐT");
        // Health shows its components to a logged-in user only.
        String health = asAdmin().getForObject("/actuator/health", String.class);
        List<String> kinds = JsonPath.read(health, "$.components.alerts.details.alerts[*].kind");
        assertThat(kinds).contains("DEADLINE_OVERDUE");
    }

    @Test
    @Order(3)
    void theDistrictAcknowledgesLateAndRegistersInTime() {
        assertThat(postStatus(SamplePackages.statusAnswering(NUMBER, "01", "Văn bản đã đến, chờ văn thư xử lý"),
                ConnectorFiles.DISTRICT_KEY).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        CLOCK.set(vietnam("2026-11-24T10:00"));
        assertThat(postStatus(SamplePackages.statusAnswering(NUMBER), ConnectorFiles.DISTRICT_KEY).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);

        String view = getDocument(documentId, ConnectorFiles.DEPARTMENT_KEY).getBody();
        assertThat(deadline(view, DISTRICT, "ACKNOWLEDGEMENT", "state")).isEqualTo("LATE");
        assertThat(deadline(view, DISTRICT, "REGISTRATION", "state")).isEqualTo("ON_TIME");
        assertThat(deadline(view, DISTRICT, "REGISTRATION", "answerCode")).isEqualTo("03");
        await().atMost(Duration.ofSeconds(20)).until(() -> webhook.received().stream().anyMatch(r ->
                "resolved".equals(JsonPath.read(r.body(), "$.state"))
                        && ((String) JsonPath.read(r.body(), "$.target")).contains(DISTRICT)));
    }

    @Test
    @Order(4)
    void theMinistryThatNeverAnswersIsOverdueForRegistrationToo() {
        CLOCK.set(vietnam("2026-11-25T08:00"));

        await().atMost(Duration.ofSeconds(20)).until(() -> "OVERDUE".equals(deadline(
                getDocument(documentId, ConnectorFiles.DEPARTMENT_KEY).getBody(), MINISTRY, "REGISTRATION", "state")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String metrics = http.getForObject("/actuator/prometheus", String.class);
            assertThat(metrics).contains("lienthong_deadlines_overdue{connector=\"bo-gddt\"} 2.0",
                    "lienthong_deadlines_overdue{connector=\"phong-gddt-thach-ha\"} 0.0",
                    "lienthong_deadlines_answered_late_total{connector=\"phong-gddt-thach-ha\",kind=\"ACKNOWLEDGEMENT\"} 1.0");
        });
    }

    @Test
    @Order(5)
    void theStatisticsJsonAndCsvAgreeWithTheDeadlines() throws IOException {
        String json = asAdmin().getForObject("/api/admin/statistics?period=month&value=2026-11", String.class);

        assertThat(figure(json, "RECEIVED", DISTRICT, "acknowledgement.late")).isEqualTo(1);
        assertThat(figure(json, "RECEIVED", DISTRICT, "registration.onTime")).isEqualTo(1);
        assertThat(figure(json, "RECEIVED", DISTRICT, "acknowledgement.medianSeconds")).isEqualTo(6 * 3600);
        assertThat(figure(json, "RECEIVED", MINISTRY, "acknowledgement.overdue")).isEqualTo(1);
        assertThat(figure(json, "RECEIVED", MINISTRY, "registration.overdue")).isEqualTo(1);
        assertThat(figure(json, "SENT", DEPARTMENT, "documents")).isEqualTo(1);
        assertThat(figure(json, "SENT", DEPARTMENT, "signedByGateway")).isEqualTo(1);
        assertThat(figure(json, "SENT", DEPARTMENT, "statuses['03']")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(json, "$.totals.registration.overdue")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(json, "$.totals.delivered")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(json, "$.trend[11].documents")).isEqualTo(1);

        ResponseEntity<byte[]> vi = asAdmin().getForEntity(
                "/api/admin/statistics?period=month&value=2026-11&format=csv&lang=vi", byte[].class);
        assertThat(vi.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(vi.getBody()).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = csv(vi.getBody());
        assertThat(rows.get(0).get(0)).isEqualTo("Chiều");
        assertThat(rows.get(0).toList()).contains("Vào sổ quá hạn", "Tỷ lệ đã ký số (%)");
        CSVRecord ministry = rows.stream().filter(r -> r.get(1).equals(MINISTRY)).findFirst().orElseThrow();
        assertThat(ministry.get(0)).isEqualTo("Đơn vị nhận");
        assertThat(ministry.get(2)).isEqualTo("Bộ Giáo dục và Đào tạo");
        assertThat(ministry.get(rows.get(0).toList().indexOf("Vào sổ quá hạn"))).isEqualTo("1");
        CSVRecord department = rows.stream().filter(r -> r.get(1).equals(DEPARTMENT)).findFirst().orElseThrow();
        assertThat(department.get(rows.get(0).toList().indexOf("Tỷ lệ đã ký số (%)"))).isEqualTo("100,0");
        List<CSVRecord> english = csv(asAdmin().getForObject(
                "/api/admin/statistics?period=month&value=2026-11&format=csv&lang=en", byte[].class));
        assertThat(english.get(0).toList()).contains("Registration overdue", "Share signed (%)");
        assertThat(english.get(english.size() - 1).get(0)).isEqualTo("Total");
    }

    @Test
    @Order(6)
    void theIocReadsWithItsOwnKeyOnlyTheStatisticsAndEveryReadIsAudited() {
        HttpHeaders ioc = new HttpHeaders();
        ioc.set("X-API-Key", IOC_KEY);
        ResponseEntity<String> read = http.exchange("/api/admin/statistics?period=school-year&value=2026-2027",
                HttpMethod.GET, new HttpEntity<>(ioc), String.class);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((String) JsonPath.read(read.getBody(), "$.period.label")).isEqualTo("2026-2027");
        assertThat(http.exchange("/api/admin/messages", HttpMethod.GET, new HttpEntity<>(ioc), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        HttpHeaders wrong = new HttpHeaders();
        wrong.set("X-API-Key", "khoa-sai");
        assertThat(http.exchange("/api/admin/statistics", HttpMethod.GET, new HttpEntity<>(wrong), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        String audit = asAdmin().getForObject("/api/admin/audit?size=100", String.class);
        List<String> readers = JsonPath.read(audit, "$.items[?(@.action == 'STATISTICS_READ')].actor");
        assertThat(readers).contains("reporter:ioc-ha-tinh", "admin");
        String openApi = http.getForObject("/v3/api-docs", String.class);
        assertThat(openApi).contains("/api/admin/statistics");
    }

    private long rowsOf(String messageId) {
        return jdbc.sql("select count(*) from deadlines where message_id = ?").param(messageId).query(Long.class)
                .single();
    }

    private static String deadline(String view, String agency, String kind, String field) {
        List<Object> values = JsonPath.read(view, "$.recipients[?(@.agency == '" + agency + "')].deadlines[?(@.kind == '"
                + kind + "')]." + field);
        assertThat(values).hasSize(1);
        return String.valueOf(values.get(0));
    }

    private static Object figure(String json, String direction, String unit, String path) {
        List<Object> values = JsonPath.read(json, "$.rows[?(@.direction == '" + direction + "' && @.unit == '" + unit
                + "')]." + path);
        assertThat(values).as(direction + " " + unit + " " + path).hasSize(1);
        return values.get(0);
    }

    private static List<String> overdueAlertsRaised() {
        return webhook.received().stream().map(WebhookReceiver.Received::body)
                .filter(b -> "DEADLINE_OVERDUE".equals(JsonPath.read(b, "$.kind"))
                        && "raised".equals(JsonPath.read(b, "$.state")))
                .toList();
    }

    private static List<CSVRecord> csv(byte[] body) throws IOException {
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
    }

    private static Instant vietnam(String localTime) {
        return LocalDateTime.parse(localTime).atZone(VIETNAM).toInstant();
    }
}
