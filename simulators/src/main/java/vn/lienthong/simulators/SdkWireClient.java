package vn.lienthong.simulators;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.message.BasicHeader;

import vn.lienthong.connectors.vdxp.VdxpHashFile;

/**
 * An e-office system's client written to the national platform SDK's wire format (SDKVXP 2.0.1), to drive
 * Lienthong's platform-compatible API as VNPT iOffice would: one long-lived {@link HashMap} of headers whose
 * {@code timestamp} is taken once, at construction, in {@code ddMMyyyy'T'HHmmss+SSSS}; each call adds its
 * parameters (JSON text, as the SDK takes them) and its {@code Content-Type} to that map, so keys of earlier calls
 * stay; the map is signed in the HashMap's order. sendEdoc writes the raw file and CRLF over
 * {@link HttpURLConnection}; the other calls go through an HTTP client with expect-continue, the signed list as
 * default headers, an empty form body or {@code {}}. Written from the SDK's observed behaviour, not its code.
 */
public class SdkWireClient {

    /** What the platform answered, and with which HTTP status. */
    public record Answer(int httpStatus, JsonNode json) {

        public String status() {
            return json.path("status").asText("");
        }

        public String errorCode() {
            return json.path("ErrorCode").asText("");
        }

        public String errorDesc() {
            return json.path("ErrorDesc").asText("");
        }
    }

    private final String endpoint;
    private final String secret;
    private final HashMap<String, String> headers = new HashMap<>();

    /** As the SDK's VnptService constructor: timestamp now in {@code zone}, then the system id. */
    public SdkWireClient(String endpoint, String systemId, String secret, TimeZone zone) {
        this.endpoint = endpoint.replaceAll("/+$", "");
        this.secret = secret;
        SimpleDateFormat format = new SimpleDateFormat("ddMMyyyy'T'HHmmss+SSSS");
        format.setTimeZone(zone);
        headers.put("timestamp", format.format(new Date()));
        headers.put("systemid", systemId);
    }

    /** The map as it stands, for tests that look at what the SDK's accumulation left in it. */
    public Map<String, String> headerMap() {
        return Map.copyOf(headers);
    }

    /** {@code jsonHeaders} like {@code {"from": "...", "servicetype": "eDoc", "messagetype": "edoc"}}. */
    public Answer sendEdoc(String jsonHeaders, byte[] file) throws IOException {
        headers.put("Content-Type", "application/octet-stream");
        for (Map.Entry<String, JsonNode> entry : SimulatorHttp.JSON.readTree(jsonHeaders).properties()) {
            // The SDK keeps "to" as JSON text and reads every other value as a string.
            headers.put(entry.getKey(), "to".equals(entry.getKey()) ? entry.getValue().toString()
                    : entry.getValue().asText());
        }
        headers.put("hash-file", VdxpHashFile.of(file));
        HttpURLConnection connection = (HttpURLConnection) URI.create(endpoint + "/sendEdoc").toURL().openConnection();
        connection.setUseCaches(false);
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "multipart/form-data; boundary===="
                + System.currentTimeMillis() + "===");
        for (Map.Entry<String, String> header : signed()) {
            connection.setRequestProperty(header.getKey(), header.getValue());
        }
        try (OutputStream out = connection.getOutputStream()) {
            out.write(file);
            out.write(new byte[] {'\r', '\n'});
        }
        int status = connection.getResponseCode();
        try (InputStream in = status == 200 || status == 201 ? connection.getInputStream()
                : connection.getErrorStream()) {
            return new Answer(status, SimulatorHttp.JSON.readTree(new String(in.readAllBytes(),
                    StandardCharsets.US_ASCII)));
        } finally {
            connection.disconnect();
        }
    }

    /** POST with an empty form body; {@code {"servicetype":"eDoc","messagetype":"edoc"}} as the integrators pass. */
    public Answer getReceivedEdocList(String jsonHeaders) throws IOException {
        return execute("getReceivedEdocList", jsonHeaders, new HttpPost(endpoint + "/getReceivedEdocList"), true);
    }

    /** POST {@code {}}; {@code {"filePath": "...", "docId": "..."}}. */
    public Answer getEdoc(String jsonHeaders) throws IOException {
        return execute("getEdoc", jsonHeaders, new HttpPost(endpoint + "/getEdoc"), false);
    }

    /** POST {@code {}}; {@code {"status": "done", "docid": "..."}}. */
    public Answer updateStatus(String jsonHeaders) throws IOException {
        return execute("updateStatus", jsonHeaders, new HttpPost(endpoint + "/updateStatus"), false);
    }

    public Answer countReceiveEdoc(String jsonHeaders) throws IOException {
        return execute("countReceiveEdoc", jsonHeaders, new HttpGet(endpoint + "/countReceiveEdoc"), false);
    }

    public Answer countReceiveStatus(String jsonHeaders) throws IOException {
        return execute("countReceiveStatus", jsonHeaders, new HttpGet(endpoint + "/countReceiveStatus"), false);
    }

    public Answer getSentEdocList(String jsonHeaders) throws IOException {
        return execute("getSentEdocList", jsonHeaders, new HttpPost(endpoint + "/getSentEdocList"), true);
    }

    private Answer execute(String operation, String jsonHeaders, HttpUriRequestBase request, boolean formBody)
            throws IOException {
        headers.put("Content-Type", "application/json");
        for (Map.Entry<String, JsonNode> entry : SimulatorHttp.JSON.readTree(jsonHeaders).properties()) {
            headers.put(entry.getKey(), entry.getValue().asText());
        }
        if (request instanceof HttpPost post) {
            post.setEntity(formBody ? new UrlEncodedFormEntity(List.of()) : new StringEntity("{}"));
        }
        List<Header> defaults = new ArrayList<>();
        signed().forEach(h -> defaults.add(new BasicHeader(h.getKey(), h.getValue())));
        RequestConfig config = RequestConfig.custom().setExpectContinueEnabled(true).build();
        try (CloseableHttpClient client = HttpClients.custom().setDefaultHeaders(defaults)
                .setDefaultRequestConfig(config).build()) {
            return client.execute(request, response -> new Answer(response.getCode(),
                    SimulatorHttp.JSON.readTree(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new IOException(operation + ": " + e.getMessage(), e);
        }
    }

    /**
     * The SDK's signing, done here independently of Lienthong's {@code VdxpSignature} so that the test proves the
     * two agree: for each map entry in the HashMap's order, header {@code XroadVnpt-<key>} (and a plain
     * {@code Content-Type}), member of a compact JSON object and key of the list; then the text, the key list,
     * the hex HMAC-SHA256 of the text, the SDK's User-Agent and version.
     */
    private List<Map.Entry<String, String>> signed() {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        ObjectNode json = SimulatorHttp.JSON.createObjectNode();
        StringBuilder keys = new StringBuilder();
        for (Map.Entry<String, String> entry : headers.entrySet()) {
            if (entry.getKey().equals("Content-Type")) {
                out.add(Map.entry(entry.getKey(), entry.getValue()));
            }
            json.put("XroadVnpt-" + entry.getKey(), entry.getValue());
            out.add(Map.entry("XroadVnpt-" + entry.getKey(), entry.getValue()));
            keys.append(entry.getKey()).append(';');
        }
        String text = json.toString();
        out.add(Map.entry("XroadVnpt-sign-header-key", keys.substring(0, Math.max(0, keys.length() - 1))));
        out.add(Map.entry("XroadVnpt-sign-header", text));
        out.add(Map.entry("XroadVnpt-hash-header", hmac(text)));
        out.add(Map.entry("User-Agent", "JAVASDKAgent/1.0.0 XRoad/VPCP"));
        out.add(Map.entry("XroadVnpt-version", "3.0.201608"));
        return out;
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
