package vn.lienthong.simulators;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A provincial integration platform on loopback: an OAuth2 client-credentials token endpoint at {@code /token}
 * and the documents resource at {@code /lgsp/documents} that answers 401 to any call without a live token.
 */
public class LgspSimulator implements AutoCloseable {

    /** A package the gateway posted: its JSON routing and the decoded package bytes. */
    public record PostedDocument(JsonNode json, byte[] pkg) {
    }

    /** One {@code PUT …/status}: which document, INITIAL / PROCESSING / DONE / FAIL, and the reason. */
    public record StatusUpdate(String id, String status, String reason) {
    }

    private final HttpServer server;
    private final String clientId;
    private final String clientSecret;
    private final Set<String> liveTokens = ConcurrentHashMap.newKeySet();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final List<PostedDocument> posted = new CopyOnWriteArrayList<>();
    private final List<StatusUpdate> statusUpdates = new CopyOnWriteArrayList<>();
    private volatile Consumer<PostedDocument> listener = p -> { };
    /** Documents held for receivers: id → receiver agency, package, transport status. */
    private final Map<String, Held> held = new ConcurrentHashMap<>();

    private record Held(String receiver, byte[] pkg, String status) {
    }

    private LgspSimulator(HttpServer server, String clientId, String clientSecret) {
        this.server = server;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** Starts on 127.0.0.1 (port 0 picks a free one), issuing tokens to this one client. */
    public static LgspSimulator start(int port, String clientId, String clientSecret) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        LgspSimulator simulator = new LgspSimulator(server, clientId, clientSecret);
        server.createContext("/token", simulator::token);
        server.createContext("/lgsp/documents", simulator::documents);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
        return simulator;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/lgsp";
    }

    public String tokenUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/token";
    }

    /** Makes a document wait for {@code receiver}, as if an agency of the province had posted it. */
    public void hold(String id, String receiver, byte[] pkg) {
        held.put(id, new Held(receiver, pkg, "INITIAL"));
    }

    /** Revokes every token before its expiry, as an API manager may, so clients must fetch a new one. */
    public void revokeTokens() {
        liveTokens.clear();
    }

    public int tokensIssued() {
        return tokensIssued.get();
    }

    /** Called for every package the gateway posts (e.g. to hand it to the recipient agency's clerk). */
    public void onReceive(Consumer<PostedDocument> listener) {
        this.listener = listener;
    }

    public List<PostedDocument> posted() {
        return List.copyOf(posted);
    }

    public List<StatusUpdate> statusUpdates() {
        return List.copyOf(statusUpdates);
    }

    private void token(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            Map<String, String> form = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("&"))
                    .map(pair -> pair.split("=", 2)).filter(pair -> pair.length == 2)
                    .collect(Collectors.toMap(pair -> decode(pair[0]), pair -> decode(pair[1]), (a, b) -> b));
            if (!"client_credentials".equals(form.get("grant_type")) || !clientId.equals(form.get("client_id"))
                    || !clientSecret.equals(form.get("client_secret"))) {
                SimulatorHttp.answer(exchange, 401, Map.of("error", "invalid_client"));
                return;
            }
            String token = "lgsp-token-" + tokensIssued.incrementAndGet();
            liveTokens.add(token);
            SimulatorHttp.answer(exchange, 200, Map.of("access_token", token, "token_type", "Bearer",
                    "expires_in", 3600));
        }
    }

    private void documents(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization == null || !liveTokens.contains(authorization.replaceFirst("^Bearer ", ""))) {
                SimulatorHttp.answer(exchange, 401, Map.of("error", "invalid_token"));
                return;
            }
            String[] path = exchange.getRequestURI().getPath().substring("/lgsp/documents".length()).split("/");
            String method = exchange.getRequestMethod();
            if (path.length <= 1 && "POST".equals(method)) {
                post(exchange, body);
            } else if (path.length <= 1 && "GET".equals(method)) {
                list(exchange, exchange.getRequestURI().getQuery());
            } else if (path.length == 2 && "GET".equals(method)) {
                getOne(exchange, path[1]);
            } else if (path.length == 3 && "status".equals(path[2]) && "PUT".equals(method)) {
                putStatus(exchange, path[1], SimulatorHttp.JSON.readTree(body));
            } else {
                SimulatorHttp.answer(exchange, 404, Map.of("error", "not found"));
            }
        }
    }

    private void post(HttpExchange exchange, byte[] body) throws IOException {
        JsonNode json = SimulatorHttp.JSON.readTree(body);
        byte[] pkg;
        try {
            pkg = Base64.getDecoder().decode(json.path("data").asText());
        } catch (IllegalArgumentException e) {
            SimulatorHttp.answer(exchange, 400, Map.of("error", "data is not base64"));
            return;
        }
        PostedDocument document = new PostedDocument(json, pkg);
        posted.add(document);
        SimulatorHttp.answer(exchange, 201, Map.of("id", "lgsp-" + posted.size()));
        listener.accept(document);
    }

    private void list(HttpExchange exchange, String query) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(decode(kv[0]), kv.length == 2 ? decode(kv[1]) : "");
        }
        List<String> receivers = List.of(params.getOrDefault("receiver", "").split(","));
        List<String> statuses = List.of(params.getOrDefault("status", "INITIAL").split(","));
        List<Map<String, String>> items = new ArrayList<>();
        held.forEach((id, doc) -> {
            if (receivers.contains(doc.receiver()) && statuses.contains(doc.status())) {
                items.add(Map.of("id", id, "status", doc.status()));
            }
        });
        SimulatorHttp.answer(exchange, 200, items);
    }

    private void getOne(HttpExchange exchange, String id) throws IOException {
        Held doc = held.get(id);
        if (doc == null) {
            SimulatorHttp.answer(exchange, 404, Map.of("error", "no document " + id));
        } else {
            SimulatorHttp.answer(exchange, 200, Map.of("id", id, "status", doc.status(),
                    "data", Base64.getEncoder().encodeToString(doc.pkg())));
        }
    }

    private void putStatus(HttpExchange exchange, String id, JsonNode json) throws IOException {
        String status = json.path("status").asText();
        Held doc = held.get(id);
        if (doc == null || !Set.of("INITIAL", "PROCESSING", "DONE", "FAIL").contains(status)) {
            SimulatorHttp.answer(exchange, 400, Map.of("error", "unknown document or status"));
            return;
        }
        held.put(id, new Held(doc.receiver(), doc.pkg(), status));
        statusUpdates.add(new StatusUpdate(id, status, json.path("reason").asText("")));
        SimulatorHttp.answer(exchange, 200, Map.of("id", id, "status", status));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }
}
