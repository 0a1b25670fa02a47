package vn.lienthong.connectors.lgsp;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.lienthong.connectors.spi.DeliveryOutcome;
import vn.lienthong.connectors.spi.OutboundDelivery;
import vn.lienthong.connectors.spi.Transport;
import vn.lienthong.connectors.dispatch.TransportFailures;
import vn.lienthong.connectors.rest.RestStatusClassifier;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.PolledInbox;
import vn.lienthong.schemas.model.PackageKind;
import vn.lienthong.schemas.model.PackageRejectedException;
import vn.lienthong.schemas.model.ParsedPackage;
import vn.lienthong.schemas.read.EdxmlReader;

/**
 * The {@code lgsp} transport: the package posted base64 to the documents resource, and in, a poll of the
 * documents for the province's agencies, each marked PROCESSING when fetched and DONE or FAIL once judged.
 */
public class LgspTransport implements Transport, PolledInbox {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_DETAIL = 500;

    private final LgspClient client;
    private final EdxmlReader reader = new EdxmlReader();

    public LgspTransport(LgspClient client) {
        this.client = client;
    }

    @Override
    public DeliveryOutcome send(ConnectorDefinition connector, OutboundDelivery delivery) {
        ParsedPackage parsed;
        try {
            parsed = reader.read(delivery.packageBytes());
        } catch (PackageRejectedException e) {
            return DeliveryOutcome.permanentRefusal(null, "package unreadable for LGSP routing: " + e.getMessage());
        }
        Map<String, Object> document = new LinkedHashMap<>();
        // The delivery id is stable across attempts, so the platform can drop a re-sent duplicate.
        document.put("messageId", delivery.deliveryId());
        document.put("type", parsed.kind() == PackageKind.STATUS ? "status" : "edoc");
        document.put("from", parsed.senderId());
        document.put("to", delivery.recipientAgencies());
        document.put("data", Base64.getEncoder().encodeToString(delivery.packageBytes()));
        try {
            return TransportFailures.attempt(connector, () -> classify(client.postDocument(connector, document)));
        } catch (IllegalStateException misconfigured) {
            return DeliveryOutcome.transientFailure(null, misconfigured.getMessage());
        }
    }

    private static DeliveryOutcome classify(HttpResponse<byte[]> response) {
        String body = abbreviate(new String(response.body(), StandardCharsets.UTF_8));
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            // Refused credentials are the gateway's configuration to fix, not the package's fault.
            return DeliveryOutcome.transientFailure(response.statusCode(), "LGSP refused the client's token: " + body);
        }
        return RestStatusClassifier.classify(response.statusCode(), body);
    }

    @Override
    public List<String> pendingIds(ConnectorDefinition connector) throws IOException {
        JsonNode list = json(interruptible(() -> client.listDocuments(connector)), "list documents");
        List<String> ids = new ArrayList<>();
        for (JsonNode item : list.isArray() ? list : list.path("documents")) {
            ids.add(item.path("id").asText());
        }
        return ids;
    }

    @Override
    public byte[] fetch(ConnectorDefinition connector, String id) throws IOException {
        JsonNode document = json(interruptible(() -> client.getDocument(connector, id)), "get document " + id);
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(document.path("data").asText());
        } catch (IllegalArgumentException e) {
            throw new IOException("LGSP document " + id + ": data is not base64", e);
        }
        json(interruptible(() -> client.putStatus(connector, id, "PROCESSING", "")), "mark " + id + " PROCESSING");
        return bytes;
    }

    @Override
    public void acknowledge(ConnectorDefinition connector, String id, boolean accepted, String reason)
            throws IOException {
        json(interruptible(() -> client.putStatus(connector, id, accepted ? "DONE" : "FAIL", reason)),
                "mark " + id + (accepted ? " DONE" : " FAIL"));
    }

    private static JsonNode json(HttpResponse<byte[]> response, String operation) throws IOException {
        if (response.statusCode() / 100 != 2) {
            throw new IOException("LGSP " + operation + " answered HTTP " + response.statusCode() + ": "
                    + abbreviate(new String(response.body(), StandardCharsets.UTF_8)));
        }
        return response.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private static HttpResponse<byte[]> interruptible(Call call) throws IOException {
        try {
            return call.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted (gateway shutting down)", e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL) + "…";
    }

    /** One client call, so that interruption is turned into an I/O failure in one place. */
    private interface Call {
        HttpResponse<byte[]> run() throws IOException, InterruptedException;
    }
}
