package vn.lienthong.simulators;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import vn.lienthong.connectors.vdxp.VdxpAnswers;
import vn.lienthong.connectors.vdxp.VdxpClient;
import vn.lienthong.connectors.vdxp.VdxpErrorCode;
import vn.lienthong.connectors.vdxp.VdxpHeaders;
import vn.lienthong.connectors.vdxp.VdxpRefusal;
import vn.lienthong.connectors.vdxp.VdxpSignature;
import vn.lienthong.connectors.vdxp.VdxpText;

/**
 * The national document exchange platform's client API on loopback, in the SDK's wire format: every request's
 * signed headers are verified as the platform would ({@link VdxpSignature}), sendEdoc's raw body must have the
 * SHA-256 its {@code hash-file} announces, and packages wait per receiving system for {@code getReceivedEdocList},
 * {@code getEdoc} and {@code updateStatus}. Refusals are the platform's FAIL answers ({@link VdxpErrorCode}).
 */
public class VdxpPlatformSimulator implements AutoCloseable {

    /**
     * A package the platform took from a system.
     *
     * @param signed the request's signed entries, keys without the {@code XroadVnpt-} prefix
     * @param messageId the unsigned {@code X-Lienthong-Message-Id} that Lienthong's client adds, or null
     */
    public record SentEdoc(String systemId, Map<String, String> signed, byte[] packageBytes, String docId,
                           String messageType, String messageId) {
    }

    /** One {@code updateStatus} call: which package, done / fail / processing, and the reason given. */
    public record StatusUpdate(String docId, String status, String description) {
    }

    static final Set<String> OPERATIONS = Set.of("sendEdoc", "getReceivedEdocList", "getEdoc", "updateStatus",
            "countReceiveEdoc", "countReceiveStatus");

    private final HttpServer server;
    private final VdxpSimulatedSystems systems = new VdxpSimulatedSystems();
    private final VdxpSimulatedOperations operations;
    private final VdxpInjectedFailures failures = new VdxpInjectedFailures();
    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private volatile Duration freshness;
    private volatile Duration listLatency = Duration.ZERO;
    private final AtomicInteger lists = new AtomicInteger();
    private final AtomicInteger listsInProgress = new AtomicInteger();
    private final AtomicInteger mostListsAtOnce = new AtomicInteger();

    private VdxpPlatformSimulator(HttpServer server) {
        this.server = server;
        this.operations = new VdxpSimulatedOperations(systems);
    }

    /**
     * Starts on 127.0.0.1 (port 0 picks a free one) under {@code /vdxp}, with system {@code systemId} registered
     * under {@code secret}: the system packages are held for by {@link #hold(String, byte[])}.
     */
    public static VdxpPlatformSimulator start(int port, String systemId, String secret) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        VdxpPlatformSimulator simulator = new VdxpPlatformSimulator(server);
        simulator.registerSystem(systemId, secret);
        server.createContext("/vdxp/", simulator::handle);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
        return simulator;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/vdxp";
    }

    /**
     * Registers another system; with agencies, it may send only as them and receives what is sent to them;
     * without, it may send as anyone.
     */
    public VdxpPlatformSimulator registerSystem(String systemId, String secret, String... agencies) {
        systems.register(systemId, secret, List.of(agencies));
        return this;
    }

    /** Makes a package wait for the first system registered, as if another agency had sent it. */
    public void hold(String docId, byte[] pkg) {
        operations.hold(systems.first(), docId, pkg);
    }

    /** The ids of what waits for {@code systemId}, oldest first. */
    public List<String> waitingFor(String systemId) {
        return systems.waiting(systemId, null).stream().map(VdxpSimulatedSystems.Held::docId).toList();
    }

    /** Called for every package the platform takes (e.g. to hand it to the recipient's clerk). */
    public void onReceive(Consumer<SentEdoc> listener) {
        operations.onReceive(listener);
    }

    public List<SentEdoc> sent() {
        return operations.sent();
    }

    /** Why requests were refused ({@code ErrorCode: ErrorDesc}), for tests and the console. */
    public List<String> refusals() {
        return List.copyOf(refusals);
    }

    public List<StatusUpdate> statusUpdates() {
        return operations.statusUpdates();
    }

    /** The next {@code times} calls of {@code operation} answer this FAIL (a platform in trouble, for tests). */
    public void failNext(String operation, int times, int httpStatus, String errorCode, String description) {
        failures.add(operation, times, httpStatus, errorCode, description);
    }

    /** Refuses timestamps further than {@code window} from the simulator's clock; none is checked by default. */
    public void requireFreshTimestamps(Duration window) {
        this.freshness = window;
    }

    /** Answer each poll ({@code getReceivedEdocList}) only after this long, so that two pollers at once overlap. */
    public void answerPollsAfter(Duration latency) {
        this.listLatency = latency;
    }

    /** How many polls ({@code getReceivedEdocList}) were answered. */
    public int pollCount() {
        return lists.get();
    }

    /** The most polls in progress at one moment: above 1 means two pollers (gateway instances) overlapped. */
    public int mostPollsAtOnce() {
        return mostListsAtOnce.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            String operation = exchange.getRequestURI().getPath().substring("/vdxp/".length());
            var injected = failures.take(operation);
            if (injected.isPresent()) {
                answer(exchange, injected.get().httpStatus(), injected.get().json());
                return;
            }
            try {
                answer(exchange, 200, dispatch(exchange, operation, body));
            } catch (VdxpRefusal refusal) {
                refuse(exchange, refusal);
            } catch (RuntimeException unexpected) {
                refuse(exchange, new VdxpRefusal(VdxpErrorCode.INTERNAL_ERROR, String.valueOf(unexpected)));
            }
        }
    }

    private byte[] dispatch(HttpExchange exchange, String operation, byte[] body) {
        if (!OPERATIONS.contains(operation)) {
            throw VdxpRefusal.of(VdxpErrorCode.UNKNOWN_OPERATION, exchange.getRequestURI().getPath(),
                    "one of " + OPERATIONS, operation);
        }
        VdxpSignature.Verified request = VdxpSignature.verify(exchange.getRequestHeaders()::get, systems::secretOf,
                new VdxpSignature.Policy(requiredKeys(operation), VdxpClient.PLATFORM_ZONE, freshness,
                        Clock.systemUTC()));
        return switch (operation) {
            case "sendEdoc" -> operations.sendEdoc(request, body,
                    exchange.getRequestHeaders().getFirst("X-Lienthong-Message-Id"));
            case "getReceivedEdocList" -> list(request);
            case "getEdoc" -> operations.getEdoc(request);
            case "updateStatus" -> operations.updateStatus(request);
            case "countReceiveEdoc" -> operations.count(request, VdxpHeaders.TYPE_EDOC);
            default -> operations.count(request, VdxpHeaders.TYPE_STATUS);
        };
    }

    private static List<String> requiredKeys(String operation) {
        return "sendEdoc".equals(operation)
                ? List.of(VdxpHeaders.SYSTEM_ID, VdxpHeaders.TIMESTAMP, VdxpHeaders.HASH_FILE, VdxpHeaders.FROM,
                        VdxpHeaders.MESSAGE_TYPE)
                : List.of(VdxpHeaders.SYSTEM_ID, VdxpHeaders.TIMESTAMP);
    }

    private byte[] list(VdxpSignature.Verified request) {
        mostListsAtOnce.accumulateAndGet(listsInProgress.incrementAndGet(), Math::max);
        try {
            LockSupport.parkNanos(listLatency.toNanos());
            return operations.list(request);
        } finally {
            listsInProgress.decrementAndGet();
            lists.incrementAndGet();
        }
    }

    private void refuse(HttpExchange exchange, VdxpRefusal refusal) throws IOException {
        refusals.add(refusal.code().code() + ": " + refusal.getMessage());
        answer(exchange, refusal.code().httpStatus(), VdxpAnswers.fail(refusal));
    }

    private static void answer(HttpExchange exchange, int status, byte[] json) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", VdxpAnswers.CONTENT_TYPE);
        exchange.sendResponseHeaders(status, json.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
        }
    }

    /** The simulator reads reasons the way Lienthong's client writes them. */
    static String reason(VdxpSignature.Verified request) {
        return request.value(VdxpHeaders.DESCRIPTION).map(VdxpText::unescape).orElse("");
    }

    static String newDocId() {
        return UUID.randomUUID().toString();
    }

    static String base64(byte[] pkg) {
        return Base64.getEncoder().encodeToString(pkg);
    }

    @Override
    public void close() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }
}
