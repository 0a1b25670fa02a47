package vn.lienthong.connectors.vdxp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.lienthong.connectors.dispatch.ConnectorClients;
import vn.lienthong.connectors.dispatch.DispatchHeaders;
import vn.lienthong.connectors.dispatch.HttpCallDeadline;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.EnvironmentSecrets;

/**
 * The national platform's client API as the SDK speaks it, over the JDK HTTP client: {@code POST
 * {endpoint}/sendEdoc} with the raw package, {@code getReceivedEdocList} with an empty body, {@code getEdoc} and
 * {@code updateStatus} with {@code {}}, every parameter a signed {@code XroadVnpt-} header ({@link VdxpSignature}).
 */
public class VdxpClient {

    /** The zone the SDK's timestamps are written in: the platform and its systems run on Vietnamese time. */
    public static final ZoneId PLATFORM_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] CRLF = {'\r', '\n'};
    private static final String EMPTY_JSON = "{}";

    private final UnaryOperator<String> environment;
    private final Clock clock;
    /** One client per connector, because each connector sets its own connect timeout. */
    private final ConnectorClients<HttpClient> clients = new ConnectorClients<>(connector -> HttpClient.newBuilder()
            .connectTimeout(connector.timeouts().connect())
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build());

    public VdxpClient(UnaryOperator<String> environment, Clock clock) {
        this.environment = environment;
        this.clock = clock;
    }

    /**
     * The package as the body, followed by CRLF as the SDK's MultipartUtility writes it; {@code to} restricts the
     * platform's delivery to this connector's recipients; the delivery id goes in {@code X-Lienthong-Message-Id}.
     */
    public VdxpReply sendEdoc(ConnectorDefinition connector, String from, String messageType, List<String> to,
                              byte[] pkg, String deliveryId) throws IOException, InterruptedException {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(VdxpHeaders.FROM, from);
        params.put(VdxpHeaders.SERVICE_TYPE, VdxpHeaders.SERVICE_EDOC);
        params.put(VdxpHeaders.MESSAGE_TYPE, messageType);
        params.put(VdxpHeaders.TO, JSON.writeValueAsString(to));
        params.put(VdxpHeaders.HASH_FILE, VdxpHashFile.of(pkg));
        ByteArrayOutputStream body = new ByteArrayOutputStream(pkg.length + CRLF.length);
        body.write(pkg);
        body.write(CRLF);
        return call(connector, "sendEdoc", VdxpHeaders.OCTET_STREAM, params,
                HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()), deliveryId);
    }

    /** What waits for us of one message type ({@code edoc} or {@code status}). */
    public VdxpReply getReceivedEdocList(ConnectorDefinition connector, String messageType)
            throws IOException, InterruptedException {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(VdxpHeaders.SERVICE_TYPE, VdxpHeaders.SERVICE_EDOC);
        params.put(VdxpHeaders.MESSAGE_TYPE, messageType);
        return call(connector, "getReceivedEdocList", VdxpHeaders.JSON, params,
                HttpRequest.BodyPublishers.noBody(), null);
    }

    public VdxpReply getEdoc(ConnectorDefinition connector, String docId) throws IOException, InterruptedException {
        return call(connector, "getEdoc", VdxpHeaders.JSON, Map.of(VdxpHeaders.DOC_ID, docId), emptyJson(), null);
    }

    /**
     * {@code status} done / fail / processing with {@code docid} in lower case, as the SDK's callers write it; a
     * reason travels in the signed key {@code description}, escaped to ASCII ({@link VdxpText}).
     */
    public VdxpReply updateStatus(ConnectorDefinition connector, String docId, String status, String description)
            throws IOException, InterruptedException {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(VdxpHeaders.DOC_ID_LOWER, docId);
        params.put(VdxpHeaders.STATUS, status);
        if (description != null && !description.isBlank()) {
            params.put(VdxpHeaders.DESCRIPTION, VdxpText.escape(description));
        }
        return call(connector, "updateStatus", VdxpHeaders.JSON, params, emptyJson(), null);
    }

    private VdxpReply call(ConnectorDefinition connector, String operation, String contentType,
                           Map<String, String> params, HttpRequest.BodyPublisher body, String deliveryId)
            throws IOException, InterruptedException {
        VdxpSettings settings = connector.settings(VdxpSettings.class);
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(VdxpHeaders.TIMESTAMP, VdxpTimestamp.format(clock.instant(), PLATFORM_ZONE));
        entries.put(VdxpHeaders.SYSTEM_ID, settings.systemId());
        entries.put(VdxpHeaders.CONTENT_TYPE, contentType);
        entries.putAll(params);
        HttpRequest.Builder request = HttpRequest.newBuilder(operationUri(connector, operation))
                .timeout(connector.timeouts().read()).POST(body);
        String secret = EnvironmentSecrets.require(environment, settings.secretEnv());
        VdxpSignature.sign(entries, secret).headers().forEach(h -> request.header(h.getKey(), h.getValue()));
        if (deliveryId != null) {
            request.header(DispatchHeaders.MESSAGE_ID_HTTP_HEADER, deliveryId);
        }
        HttpResponse<byte[]> response = HttpCallDeadline.send(clientFor(connector), request.build(),
                HttpResponse.BodyHandlers.ofByteArray(), connector.timeouts());
        return VdxpReply.of(response.statusCode(), parse(response.body()));
    }

    /** Checked when the file was loaded; only an environment changed since then can make it missing here. */
    private String secret(VdxpSettings settings) {
        String secret = environment.apply(settings.secretEnv());
        if (secret == null || secret.isEmpty()) {
            throw new IllegalStateException("environment variable " + settings.secretEnv() + " is not set");
        }
        return secret;
    }

    private static HttpRequest.BodyPublisher emptyJson() {
        return HttpRequest.BodyPublishers.ofString(EMPTY_JSON, StandardCharsets.US_ASCII);
    }

    private static URI operationUri(ConnectorDefinition connector, String operation) {
        String base = connector.endpoint().toString();
        return URI.create(base.endsWith("/") ? base + operation : base + "/" + operation);
    }

    private static JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? null : JSON.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    private HttpClient clientFor(ConnectorDefinition connector) {
        return clients.clientFor(connector);
    }
}
