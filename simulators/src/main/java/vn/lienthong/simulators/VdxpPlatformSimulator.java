package vn.lienthong.simulators;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import vn.lienthong.connectors.vdxp.VdxpHeaders;
import vn.lienthong.connectors.vdxp.VdxpSignature;

/**
 * The national document exchange platform's client API on loopback: {@code sendEdoc} accepted only with a valid
 * HMAC and a {@code file_doc} matching its SHA-256 header; packages held for the gateway served by
 * {@code getReceivedEdocList} / {@code getEdoc}; every {@code updateStatus} recorded.
 */
public class VdxpPlatformSimulator implements AutoCloseable {

    /** A package the platform took from the gateway, with its headers (names case-insensitive, as in HTTP). */
    public record SentEdoc(Map<String, String> headers, byte[] fileDoc) {
    }

    /** One {@code updateStatus} call: which package, done / fail / processing, and the reason given. */
    public record StatusUpdate(String docId, String status, String description) {
    }

    private final HttpServer server;
    private final String secret;
    private final List<SentEdoc> sent = new CopyOnWriteArrayList<>();
    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private final List<StatusUpdate> statusUpdates = new CopyOnWriteArrayList<>();
    private volatile Consumer<SentEdoc> listener = p -> { };
    private volatile Duration listLatency = Duration.ZERO;
    private final AtomicInteger lists = new AtomicInteger();
    private final AtomicInteger listsInProgress = new AtomicInteger();
    private final AtomicInteger mostListsAtOnce = new AtomicInteger();
    private final Map<String, byte[]> held = Collections.synchronizedMap(new LinkedHashMap<>());

    private VdxpPlatformSimulator(HttpServer server, String secret) {
        this.server = server;
        this.secret = secret;
    }

    /** Starts on 127.0.0.1 (port 0 picks a free one) under {@code /vdxp}, checking HMACs under {@code secret}. */
    public static VdxpPlatformSimulator start(int port, String secret) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        VdxpPlatformSimulator simulator = new VdxpPlatformSimulator(server, secret);
        server.createContext("/vdxp/", simulator::handle);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
        return simulator;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/vdxp";
    }

    /** Makes a package wait for the gateway under this platform id, as if another agency had sent it. */
    public void hold(String docId, byte[] pkg) {
        held.put(docId, pkg);
    }

    /** Called for every package the platform takes from the gateway (e.g. to hand it to the recipient's clerk). */
    public void onReceive(Consumer<SentEdoc> listener) {
        this.listener = listener;
    }

    public List<SentEdoc> sent() {
        return List.copyOf(sent);
    }

    /** Why requests were refused (bad HMAC, bad hash, missing part), for tests and the console. */
    public List<String> refusals() {
        return List.copyOf(refusals);
    }

    public List<StatusUpdate> statusUpdates() {
        return List.copyOf(statusUpdates);
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
            Map<String, String> headers = SimulatorHttp.headers(exchange);
            String operation = exchange.getRequestURI().getPath().substring("/vdxp/".length());
            if (!VdxpSignature.verify(headers, secret, headers.get(VdxpHeaders.SIGNATURE))) {
                refuse(exchange, 401, "INVALID_SIGNATURE", operation + ": HMAC does not match the headers");
                return;
            }
            switch (operation) {
                case "sendEdoc" -> sendEdoc(exchange, headers, body);
                case "getReceivedEdocList" -> list(exchange);
                case "getEdoc" -> getEdoc(exchange, headers.get(VdxpHeaders.DOC_ID));
                case "updateStatus" -> updateStatus(exchange, headers, body);
                default -> refuse(exchange, 404, "UNKNOWN_OPERATION", operation);
            }
        }
    }

    private void sendEdoc(HttpExchange exchange, Map<String, String> headers, byte[] body) throws IOException {
        Optional<byte[]> fileDoc = MultipartBody.part(headers.get("Content-Type"), body, "file_doc");
        if (fileDoc.isEmpty()) {
            refuse(exchange, 400, "INVALID_PACKAGE", "no multipart part file_doc");
        } else if (!sha256Hex(fileDoc.get()).equals(headers.get(VdxpHeaders.SHA256))) {
            refuse(exchange, 200, "INVALID_HASH", "file_doc does not match " + VdxpHeaders.SHA256);
        } else {
            SentEdoc edoc = new SentEdoc(Collections.unmodifiableMap(headers), fileDoc.get());
            sent.add(edoc);
            ok(exchange, headers.get(VdxpHeaders.DOC_ID), null);
            listener.accept(edoc);
        }
    }

    private void list(HttpExchange exchange) throws IOException {
        mostListsAtOnce.accumulateAndGet(listsInProgress.incrementAndGet(), Math::max);
        try {
            LockSupport.parkNanos(listLatency.toNanos());
            answerList(exchange);
        } finally {
            listsInProgress.decrementAndGet();
            lists.incrementAndGet();
        }
    }

    private void answerList(HttpExchange exchange) throws IOException {
        List<Map<String, String>> items = new ArrayList<>();
        synchronized (held) {
            held.keySet().forEach(id -> items.add(Map.of("docId", id)));
        }
        ok(exchange, "", items);
    }

    private void getEdoc(HttpExchange exchange, String docId) throws IOException {
        byte[] pkg = docId == null ? null : held.get(docId);
        if (pkg == null) {
            refuse(exchange, 404, "NOT_FOUND", "no package " + docId);
        } else {
            ok(exchange, docId, Base64.getEncoder().encodeToString(pkg));
        }
    }

    private void updateStatus(HttpExchange exchange, Map<String, String> headers, byte[] body) throws IOException {
        if (!sha256Hex(body).equals(headers.get(VdxpHeaders.SHA256))) {
            refuse(exchange, 200, "INVALID_HASH", "updateStatus body does not match " + VdxpHeaders.SHA256);
            return;
        }
        String docId = headers.get(VdxpHeaders.DOC_ID);
        String status = headers.get(VdxpHeaders.STATUS);
        statusUpdates.add(new StatusUpdate(docId, status,
                SimulatorHttp.JSON.readTree(body).path("description").asText("")));
        if ("done".equals(status) || "fail".equals(status)) {
            held.remove(docId);
        }
        ok(exchange, docId, null);
    }

    private static void ok(HttpExchange exchange, String docId, Object data) throws IOException {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "OK");
        answer.put("ErrorCode", "0");
        answer.put("ErrorDesc", "");
        answer.put("DocId", docId);
        if (data != null) {
            answer.put("data", data);
        }
        SimulatorHttp.answer(exchange, 200, answer);
    }

    private void refuse(HttpExchange exchange, int http, String code, String description) throws IOException {
        refusals.add(code + ": " + description);
        SimulatorHttp.answer(exchange, http, Map.of("status", "FAIL", "ErrorCode", code, "ErrorDesc", description));
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }
}
