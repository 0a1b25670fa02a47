package vn.lienthong.simulators;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A partner e-office that receives packages over the {@code rest} transport on loopback. Its answer can be
 * switched at run time (accept, fail, refuse) to play a partner that is up, down or unwilling.
 */
public class RestPartnerSimulator implements AutoCloseable {

    /** Header the gateway sends with the stable delivery id. */
    public static final String MESSAGE_ID_HEADER = "X-Lienthong-Message-Id";

    private final HttpServer server;
    private final List<ReceivedPackage> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger answerStatus = new AtomicInteger(202);
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> messageIdsSeen = new CopyOnWriteArrayList<>();
    private volatile Duration latency = Duration.ZERO;
    private volatile Consumer<ReceivedPackage> listener = p -> { };
    private volatile boolean keepPackages = true;

    private RestPartnerSimulator(HttpServer server) {
        this.server = server;
    }

    /** Starts on 127.0.0.1 at the given port (0 picks a free one) under the path {@code /edoc}. */
    public static RestPartnerSimulator start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        RestPartnerSimulator simulator = new RestPartnerSimulator(server);
        server.createContext("/edoc", simulator::handle);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.start();
        return simulator;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/edoc";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** From now on answer every request with this status (202 accepts; 503 plays "down"; 400 refuses). */
    public void answerWith(int status) {
        answerStatus.set(status);
    }

    /** Answer each request only after this long, like a slow e-office, so deliveries stay in flight. */
    public void respondAfter(Duration latency) {
        this.latency = latency;
    }

    /** Called for every package accepted, e.g. to print it when the simulator runs on its own. */
    public void onReceive(Consumer<ReceivedPackage> listener) {
        this.listener = listener;
    }

    /** A benchmark's partner takes thousands of packages: keep none, only tell the listener. */
    public void keepNothing() {
        this.keepPackages = false;
    }

    /** Packages accepted so far (requests answered with a 2xx). */
    public List<ReceivedPackage> received() {
        return List.copyOf(received);
    }

    /** The message id header of every request, whatever it was answered, in arrival order. */
    public List<String> messageIdsSeen() {
        return List.copyOf(messageIdsSeen);
    }

    /** Every request, whatever it was answered. */
    public int requestCount() {
        return requests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            requests.incrementAndGet();
            String messageId = exchange.getRequestHeaders().getFirst(MESSAGE_ID_HEADER);
            if (keepPackages) {
                messageIdsSeen.add(messageId == null ? "" : messageId);
            }
            LockSupport.parkNanos(latency.toNanos());
            int status = answerStatus.get();
            if (!"POST".equals(exchange.getRequestMethod())) {
                status = 405;
            } else if (status / 100 == 2) {
                ReceivedPackage accepted = new ReceivedPackage(messageId,
                        exchange.getRequestHeaders().getFirst("Content-Type"), body, Instant.now());
                if (keepPackages) {
                    received.add(accepted);
                }
                listener.accept(accepted);
            }
            byte[] answer = ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
