package vn.lienthong.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/** A webhook receiver on loopback that keeps every POST it gets, with its alert-id header, and answers 200. */
public final class WebhookReceiver {

    /** One POST as received. */
    public record Received(String alertIdHeader, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int status = 200;

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    public static WebhookReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            WebhookReceiver receiver = new WebhookReceiver(server);
            server.createContext("/alerts", exchange -> {
                // Read before the POST is recorded: a test that changes the answer on seeing it changes the next one.
                int answer = receiver.status;
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                receiver.received.add(new Received(exchange.getRequestHeaders().getFirst("X-Lienthong-Alert-Id"), body));
                exchange.sendResponseHeaders(answer, -1);
                exchange.close();
            });
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** From now on answers {@code status}: 500 plays a receiver that is failing. */
    public void answerWith(int status) {
        this.status = status;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/alerts";
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public void stop() {
        server.stop(0);
    }
}
