package vn.lienthong.gateway.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.ConsolePages;
import vn.lienthong.gateway.support.GatewayIT;
import vn.lienthong.gateway.support.SamplePackages;
import vn.lienthong.gateway.support.WebhookReceiver;
import vn.lienthong.gateway.support.WebhookReceiver.Received;

/**
 * A partner down longer than the window raises "connector failing" once (health, admin API, webhook) and it is
 * resolved once the partner answers again; a delivery left without progress raises "stuck message".
 */
class AlertsIT extends GatewayIT {

    private static final WebhookReceiver webhook = WebhookReceiver.start();
    private static final AtomicInteger numbers = new AtomicInteger(400);

    @DynamicPropertySource
    static void alertProperties(DynamicPropertyRegistry registry) {
        registry.add("lienthong.alerts.check-interval", () -> "200ms");
        registry.add("lienthong.alerts.connector-failing-after", () -> "4s");
        registry.add("lienthong.alerts.stuck-after", () -> "3s");
        registry.add("lienthong.alerts.webhook-url", webhook::url);
    }

    @AfterAll
    static void stopWebhook() {
        webhook.stop();
    }

    @Test
    void aPartnerDownLongerThanTheWindowRaisesOneAlertThatResolvesWhenItRecovers() {
        districtSystem.answerWith(503);
        // Documents keep coming while the partner is down, so its failures go on for longer than the window.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> post() != null && !posts("CONNECTOR_FAILING", "raised").isEmpty());

        String alertId = JsonPath.read(posts("CONNECTOR_FAILING", "raised").get(0).body(), "$.alertId");
        assertThat(posts("CONNECTOR_FAILING", "raised").get(0).alertIdHeader()).isEqualTo(alertId + "/raised");
        String health = asAdmin().getForObject("/actuator/health", String.class);
        assertThat((String) JsonPath.read(health, "$.components.alerts.status")).isEqualTo("WARNING");
        List<String> targets = JsonPath.read(health, "$.components.alerts.details.alerts[*].target");
        assertThat(targets).contains("phong-gddt-thach-ha");
        List<String> listed = JsonPath.read(adminAlerts(), "$[?(@.kind=='CONNECTOR_FAILING')].id");
        assertThat(listed).containsExactly(alertId);
        // Still failing over several more checks: still the one notification.
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(300))
                .until(() -> post() != null && posts("CONNECTOR_FAILING", "raised").size() == 1);

        districtSystem.answerWith(202);
        post();

        await().atMost(Duration.ofSeconds(30)).until(() -> !posts("CONNECTOR_FAILING", "resolved").isEmpty());
        assertThat(posts("CONNECTOR_FAILING", "resolved")).singleElement().satisfies(resolved -> {
            assertThat(resolved.alertIdHeader()).isEqualTo(alertId + "/resolved");
            assertThat((String) JsonPath.read(resolved.body(), "$.alertId")).isEqualTo(alertId);
        });
        assertThat(posts("CONNECTOR_FAILING", "raised")).hasSize(1);
        List<String> stillListed = JsonPath.read(adminAlerts(), "$[?(@.kind=='CONNECTOR_FAILING')].id");
        assertThat(stillListed).isEmpty();
    }

    @Test
    void aDeliveryWithoutProgressIsStuckUntilItMovesAgain() {
        Map<String, String> reason = Map.of("reason", "Bảo trì máy chủ Bộ GD&ĐT");
        assertThat(asAdmin().postForEntity("/api/admin/connectors/bo-gddt/pause", reason, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        String id = post();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<String> stuck = JsonPath.read(adminAlerts(), "$[?(@.kind=='STUCK_MESSAGE')].messageId");
            assertThat(stuck).contains(id);
        });
        assertThat(posts("STUCK_MESSAGE", "raised")).anySatisfy(raised ->
                assertThat((String) JsonPath.read(raised.body(), "$.messageId")).isEqualTo(id));
        String dashboard = ConsolePages.login(port, "admin", ADMIN_PASSWORD).get("/console");
        assertThat(dashboard).contains("id=\"alerts\"", "bị treo: không có tiến triển từ");
        assertThat(ConsolePages.login(port, "admin", ADMIN_PASSWORD).get("/console?lang=en"))
                .contains("id=\"alerts\"", "is stuck: no progress since");

        asAdmin().postForEntity("/api/admin/connectors/bo-gddt/resume", reason, String.class);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<String> stuck = JsonPath.read(adminAlerts(), "$[?(@.kind=='STUCK_MESSAGE')].messageId");
            assertThat(stuck).doesNotContain(id);
        });
        assertThat(posts("STUCK_MESSAGE", "resolved")).anySatisfy(resolved ->
                assertThat((String) JsonPath.read(resolved.body(), "$.messageId")).isEqualTo(id));
    }

    private String post() {
        return JsonPath.read(postDocument(SamplePackages.validDocumentNumbered(numbers.incrementAndGet()),
                ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.id");
    }

    private String adminAlerts() {
        return asAdmin().getForObject("/api/admin/alerts", String.class);
    }

    private static List<Received> posts(String kind, String state) {
        return webhook.received().stream()
                .filter(r -> kind.equals(JsonPath.read(r.body(), "$.kind"))
                        && state.equals(JsonPath.read(r.body(), "$.state")))
                .toList();
    }
}
