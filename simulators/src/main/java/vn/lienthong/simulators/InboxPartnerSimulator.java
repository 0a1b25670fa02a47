package vn.lienthong.simulators;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A partner that pulls: every poll interval it lists its inbox at the gateway ({@code GET /api/v1/inbox}), fetches
 * each pending package ({@code GET /api/v1/inbox/{id}}), hands it to its listener and acknowledges it
 * ({@code POST /api/v1/inbox/{id}/ack}), all with its own API key.
 */
public class InboxPartnerSimulator implements AutoCloseable {

    private final String apiKey;
    private final Duration pollInterval;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<byte[]> received = new CopyOnWriteArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "inbox-partner");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Consumer<byte[]> listener = p -> { };

    public InboxPartnerSimulator(String apiKey, Duration pollInterval) {
        this.apiKey = apiKey;
        this.pollInterval = pollInterval;
    }

    /** Called for every package taken from the inbox, before it is acknowledged. */
    public void onReceive(Consumer<byte[]> listener) {
        this.listener = listener;
    }

    /** Packages taken and acknowledged so far. */
    public List<byte[]> received() {
        return List.copyOf(received);
    }

    /** What went wrong while pulling (gateway not up yet, a refusal), for tests and the console. */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    /** Starts pulling from the gateway at {@code gatewayUrl}. */
    public void connect(String gatewayUrl) {
        String inbox = gatewayUrl.replaceAll("/+$", "") + "/api/v1/inbox";
        poller.scheduleWithFixedDelay(() -> pull(inbox), 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pull(String inbox) {
        try {
            HttpResponse<String> list = http.send(request(inbox).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (list.statusCode() != 200) {
                errors.add("GET inbox: " + list.statusCode() + " " + list.body());
                return;
            }
            for (JsonNode item : SimulatorHttp.JSON.readTree(list.body())) {
                String id = item.path("id").asText();
                HttpResponse<byte[]> content = http.send(request(inbox + "/" + id).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (content.statusCode() != 200) {
                    errors.add("GET inbox/" + id + ": " + content.statusCode());
                    continue;
                }
                listener.accept(content.body());
                HttpResponse<String> ack = http.send(request(inbox + "/" + id + "/ack")
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                if (ack.statusCode() == 200) {
                    received.add(content.body());
                } else {
                    errors.add("POST inbox/" + id + "/ack: " + ack.statusCode());
                }
            }
        } catch (IOException | RuntimeException e) {
            errors.add(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpRequest.Builder request(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(10)).header("X-API-Key", apiKey);
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
