package vn.lienthong.gateway.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.lienthong.gateway.support.WebhookReceiver;
import vn.lienthong.gateway.support.WebhookReceiver.Received;

/** Each change reaches the receiver once and in order; one it refused is sent again at the next check. */
class AlertWebhookTest {

    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    private final WebhookReceiver receiver = WebhookReceiver.start();
    private final AlertWebhook webhook = new AlertWebhook(new AlertsProperties(true, Duration.ofMinutes(1),
            Duration.ofMinutes(30), Duration.ofMinutes(10), URI.create(receiver.url()), Duration.ofSeconds(2)),
            new ObjectMapper());

    @AfterEach
    void stop() {
        receiver.stop();
    }

    @Test
    void aRaisedAndAResolvedAlertArePostedOnceEachInOrder() {
        Alert alert = failing().raised(T0);

        webhook.notify(List.of(new AlertChange(alert, AlertChange.RAISED, T0)));
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 1);
        webhook.notify(List.of(new AlertChange(alert, AlertChange.RESOLVED, T0.plusSeconds(60))));
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 2);
        webhook.notify(List.of());

        List<Received> received = receiver.received();
        assertThat(received).extracting(Received::alertIdHeader)
                .containsExactly(alert.id() + "/raised", alert.id() + "/resolved");
        assertThat((String) JsonPath.read(received.get(0).body(), "$.target")).isEqualTo("phong-gddt-thach-ha");
        assertThat((String) JsonPath.read(received.get(1).body(), "$.state")).isEqualTo("resolved");
    }

    @Test
    void aNotificationTheReceiverRefusedIsSentAgainAtTheNextCheck() {
        receiver.answerWith(500);
        Alert alert = failing().raised(T0);
        webhook.notify(List.of(new AlertChange(alert, AlertChange.RAISED, T0)));
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 1);

        receiver.answerWith(200);
        // The refused send may still be finishing: the next check retries once it has.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
            webhook.notify(List.of());
            return receiver.received().size() >= 2;
        });

        assertThat(receiver.received()).extracting(Received::alertIdHeader)
                .containsExactly(alert.id() + "/raised", alert.id() + "/raised");
    }

    private static Alert failing() {
        return Alert.found(AlertKind.CONNECTOR_FAILING, "phong-gddt-thach-ha", null, T0.minusSeconds(900),
                "Every attempt through connector phong-gddt-thach-ha has failed");
    }
}
