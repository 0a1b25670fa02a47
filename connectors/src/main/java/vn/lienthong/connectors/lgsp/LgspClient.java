package vn.lienthong.connectors.lgsp;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.lienthong.connectors.dispatch.ConnectorClients;
import vn.lienthong.connectors.dispatch.HttpCallDeadline;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.EnvironmentSecrets;

/**
 * The provincial platform's documents resource behind its API manager: every call carries a bearer token from
 * the client-credentials grant, and a 401 is answered by fetching a new token and trying exactly once more.
 */
public class LgspClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final UnaryOperator<String> environment;
    private final Clock clock;
    private final ConnectorClients<HttpClient> clients = new ConnectorClients<>(connector -> HttpClient.newBuilder()
            .connectTimeout(connector.timeouts().connect())
            .followRedirects(HttpClient.Redirect.NEVER).build());
    /** A token of an edited connector may come from another token URL or client id, so it goes with the edit. */
    private final ConnectorClients<LgspTokenCache> tokens;

    public LgspClient(UnaryOperator<String> environment, Clock clock) {
        this.environment = environment;
        this.clock = clock;
        this.tokens = new ConnectorClients<>(connector -> new LgspTokenCache(clock, () -> fetchToken(connector)));
    }

    /** {@code POST {endpoint}/documents} with the base64 package and its routing in a JSON body. */
    public HttpResponse<byte[]> postDocument(ConnectorDefinition connector, Map<String, Object> document)
            throws IOException, InterruptedException {
        byte[] body = JSON.writeValueAsBytes(document);
        return exchange(connector, HttpRequest.newBuilder(resource(connector, "documents"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** {@code GET {endpoint}/documents?receiver=…&status=INITIAL,PROCESSING}: what waits for our agencies. */
    public HttpResponse<byte[]> listDocuments(ConnectorDefinition connector) throws IOException, InterruptedException {
        String receivers = String.join(",", settings(connector).receivers());
        // PROCESSING too: a package fetched just before a crash is collected again (intake drops re-posts).
        return exchange(connector, HttpRequest.newBuilder(resource(connector, "documents?receiver="
                + URLEncoder.encode(receivers, StandardCharsets.UTF_8) + "&status=INITIAL,PROCESSING")).GET());
    }

    public HttpResponse<byte[]> getDocument(ConnectorDefinition connector, String id)
            throws IOException, InterruptedException {
        return exchange(connector, HttpRequest.newBuilder(resource(connector, "documents/" + encode(id))).GET());
    }

    /** {@code PUT {endpoint}/documents/{id}/status} with INITIAL, PROCESSING, DONE or FAIL and a reason. */
    public HttpResponse<byte[]> putStatus(ConnectorDefinition connector, String id, String status, String reason)
            throws IOException, InterruptedException {
        byte[] body = JSON.writeValueAsBytes(Map.of("status", status, "reason", reason == null ? "" : reason));
        return exchange(connector, HttpRequest.newBuilder(resource(connector, "documents/" + encode(id) + "/status"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpResponse<byte[]> exchange(ConnectorDefinition connector, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        LgspTokenCache cache = tokens.clientFor(connector);
        request.timeout(connector.timeouts().read());
        String token = cache.token();
        HttpResponse<byte[]> response = send(connector, request.copy().header("Authorization", "Bearer " + token));
        if (response.statusCode() == 401) {
            // The API manager may revoke a token before its expiry: renew once, never loop.
            cache.invalidate(token);
            response = send(connector, request.copy().header("Authorization", "Bearer " + cache.token()));
        }
        return response;
    }

    private LgspTokenCache.AccessToken fetchToken(ConnectorDefinition connector)
            throws IOException, InterruptedException {
        LgspSettings settings = settings(connector);
        String form = "grant_type=client_credentials&client_id=" + encode(settings.clientId())
                + "&client_secret=" + encode(EnvironmentSecrets.require(environment, settings.clientSecretEnv()));
        HttpResponse<byte[]> response = send(connector, HttpRequest.newBuilder(settings.tokenUri())
                .timeout(connector.timeouts().read())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        JsonNode json = response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        if (json == null || !json.hasNonNull("access_token")) {
            throw new IOException("LGSP token endpoint " + settings.tokenUrl() + " answered HTTP "
                    + response.statusCode() + " without an access_token");
        }
        return new LgspTokenCache.AccessToken(json.get("access_token").asText(),
                clock.instant().plusSeconds(json.path("expires_in").asLong(60)));
    }

    private HttpResponse<byte[]> send(ConnectorDefinition connector, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        return HttpCallDeadline.send(clients.clientFor(connector), request.build(), HttpResponse.BodyHandlers.ofByteArray(),
                connector.timeouts());
    }

    private static LgspSettings settings(ConnectorDefinition connector) {
        return connector.settings(LgspSettings.class);
    }

    private static URI resource(ConnectorDefinition connector, String path) {
        String base = connector.endpoint().toString();
        return URI.create(base.endsWith("/") ? base + path : base + "/" + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
