package vn.lienthong.gateway.alerts;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells {@code lienthong.alerts.webhook-url} about each alert raised and resolved, once, in order. Sends are
 * asynchronous so a slow receiver holds no scheduler thread; a failed one stays first in line for the next check.
 */
@Component
public class AlertWebhook {

    /** Names one notification; a retry carries the same value, so a receiver can drop what it already has. */
    public static final String ALERT_ID_HEADER = "X-Lienthong-Alert-Id";
    /** A receiver down for days must not fill the heap: the oldest notifications beyond this are dropped. */
    static final int MAX_PENDING = 1000;

    private static final Logger log = LoggerFactory.getLogger(AlertWebhook.class);

    private final AlertsProperties properties;
    private final ObjectMapper json;
    private final HttpClient http;
    private final Deque<AlertChange> pending = new ConcurrentLinkedDeque<>();
    private final AtomicBoolean sending = new AtomicBoolean();

    public AlertWebhook(AlertsProperties properties, ObjectMapper json) {
        this.properties = properties;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(properties.webhookTimeout()).build();
    }

    /** Queues the changes and starts sending, unless sends from an earlier check are still under way. */
    public void notify(List<AlertChange> changes) {
        if (properties.webhookUrl() == null) {
            return;
        }
        pending.addAll(changes);
        while (pending.size() > MAX_PENDING) {
            log.warn("Alert webhook: dropping notification {}, too many waiting", pending.pollFirst().notificationId());
        }
        if (!pending.isEmpty() && sending.compareAndSet(false, true)) {
            sendNext();
        }
    }

    private void sendNext() {
        AlertChange next = pending.peekFirst();
        if (next == null) {
            sending.set(false);
            return;
        }
        try {
            http.sendAsync(request(next), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> sent(next, response, error));
        } catch (RuntimeException | JsonProcessingException e) {
            log.warn("Alert webhook: could not send {} ({}); trying again at the next check", next.notificationId(),
                    e.toString());
            sending.set(false);
        }
    }

    private void sent(AlertChange change, HttpResponse<Void> response, Throwable error) {
        if (error == null && response.statusCode() / 100 == 2) {
            pending.remove(change);
            log.info("Alert webhook: {} sent", change.notificationId());
            sendNext();
            return;
        }
        log.warn("Alert webhook: {} not accepted ({}); trying again at the next check", change.notificationId(),
                error != null ? error.toString() : "HTTP " + response.statusCode());
        sending.set(false);
    }

    private HttpRequest request(AlertChange change) throws JsonProcessingException {
        return HttpRequest.newBuilder(properties.webhookUrl())
                .timeout(properties.webhookTimeout())
                .header("Content-Type", "application/json; charset=UTF-8")
                .header(ALERT_ID_HEADER, change.notificationId())
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body(change))))
                .build();
    }

    static Map<String, Object> body(AlertChange change) {
        Alert alert = change.alert();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("alertId", alert.id());
        body.put("state", change.state());
        body.put("kind", alert.kind().name());
        body.put("target", alert.target());
        if (alert.messageId() != null) {
            body.put("messageId", alert.messageId());
        }
        body.put("since", alert.at().toString());
        body.put("summary", alert.summary());
        body.put("raisedAt", alert.raisedAt().toString());
        body.put("changedAt", change.at().toString());
        return body;
    }
}
