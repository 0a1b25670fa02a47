package vn.lienthong.connectors.vdxp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.entity.mime.HttpMultipartMode;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;

import vn.lienthong.connectors.dispatch.HttpCallDeadline;
import vn.lienthong.connectors.spi.ConnectorDefinition;

/**
 * The national platform's client API over the JDK HTTP client: {@code {endpoint}/sendEdoc},
 * {@code getReceivedEdocList}, {@code getEdoc} and {@code updateStatus}, each request's headers signed.
 */
public class VdxpClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final UnaryOperator<String> environment;
    private final Clock clock;
    /** One client per connector, because each connector sets its own connect timeout. */
    private final Map<String, HttpClient> clients = new ConcurrentHashMap<>();

    public VdxpClient(UnaryOperator<String> environment, Clock clock) {
        this.environment = environment;
        this.clock = clock;
    }

    /** {@code multipart/form-data} with the whole package as the one part {@code file_doc}. */
    public VdxpReply sendEdoc(ConnectorDefinition connector, Map<String, String> params, byte[] pkg, String fileName)
            throws IOException, InterruptedException {
        // Apache's builder writes the boundary and part headers; the JDK client only carries the bytes.
        HttpEntity entity = MultipartEntityBuilder.create().setMode(HttpMultipartMode.STRICT)
                .addBinaryBody("file_doc", pkg, ContentType.create("application/xml", StandardCharsets.UTF_8), fileName)
                .build();
        ByteArrayOutputStream body = new ByteArrayOutputStream(pkg.length + 512);
        entity.writeTo(body);
        return call(connector, "sendEdoc", params, sha256Hex(pkg),
                HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()), entity.getContentType());
    }

    public VdxpReply getReceivedEdocList(ConnectorDefinition connector) throws IOException, InterruptedException {
        return call(connector, "getReceivedEdocList", Map.of(), null, null, null);
    }

    public VdxpReply getEdoc(ConnectorDefinition connector, String docId) throws IOException, InterruptedException {
        return call(connector, "getEdoc", Map.of(VdxpHeaders.DOC_ID, docId), null, null, null);
    }

    /** {@code status} done / fail / processing; the reason goes in a JSON body, as headers cannot carry Vietnamese. */
    public VdxpReply updateStatus(ConnectorDefinition connector, String docId, String status, String description)
            throws IOException, InterruptedException {
        byte[] body = JSON.writeValueAsBytes(Map.of("description", description == null ? "" : description));
        return call(connector, "updateStatus", Map.of(VdxpHeaders.DOC_ID, docId, VdxpHeaders.STATUS, status),
                sha256Hex(body), HttpRequest.BodyPublishers.ofByteArray(body), "application/json; charset=UTF-8");
    }

    private VdxpReply call(ConnectorDefinition connector, String operation, Map<String, String> params,
                           String sha256, HttpRequest.BodyPublisher body, String contentType)
            throws IOException, InterruptedException {
        VdxpSettings settings = VdxpSettings.of(connector, environment);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(VdxpHeaders.SYSTEM_ID, settings.systemId());
        headers.put(VdxpHeaders.TIMESTAMP, clock.instant().toString());
        headers.put(VdxpHeaders.SERVICE_TYPE, VdxpHeaders.SERVICE_EDOC);
        headers.putAll(params);
        if (sha256 != null) {
            headers.put(VdxpHeaders.SHA256, sha256);
        }
        headers.put(VdxpHeaders.SIGNATURE, VdxpSignature.sign(headers, settings.secret()));
        HttpRequest.Builder request = HttpRequest.newBuilder(operationUri(connector, operation))
                .timeout(connector.timeouts().read());
        headers.forEach(request::header);
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", contentType).POST(body);
        }
        HttpResponse<byte[]> response = HttpCallDeadline.send(clientFor(connector), request.build(),
                HttpResponse.BodyHandlers.ofByteArray(), connector.timeouts());
        return VdxpReply.of(response.statusCode(), parse(response.body()));
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
        return clients.computeIfAbsent(connector.id(), id -> HttpClient.newBuilder()
                .connectTimeout(connector.timeouts().connect())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
