package vn.lienthong.connectors.vdxp;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import vn.lienthong.connectors.spi.DeliveryOutcome;
import vn.lienthong.connectors.spi.OutboundDelivery;
import vn.lienthong.connectors.spi.Transport;
import vn.lienthong.connectors.dispatch.TransportFailures;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.PolledInbox;
import vn.lienthong.schemas.model.PackageKind;
import vn.lienthong.schemas.model.PackageRejectedException;
import vn.lienthong.schemas.model.ParsedPackage;
import vn.lienthong.schemas.read.EdxmlReader;

/**
 * The {@code vdxp} transport: {@code sendEdoc} out, and in, the poll of {@code getReceivedEdocList} /
 * {@code getEdoc} acknowledged with {@code updateStatus} done or fail.
 */
public class VdxpTransport implements Transport, PolledInbox {

    private final VdxpClient client;
    /** The platform wants sender and message type as headers; the reader finds them in the package itself. */
    private final EdxmlReader reader = new EdxmlReader();

    public VdxpTransport(VdxpClient client) {
        this.client = client;
    }

    /** The sender and message type the platform wants as headers are read from the package itself. */
    @Override
    public DeliveryOutcome send(ConnectorDefinition connector, OutboundDelivery delivery) {
        ParsedPackage parsed;
        try {
            parsed = reader.read(delivery.packageBytes());
        } catch (PackageRejectedException e) {
            return DeliveryOutcome.permanentRefusal(null, "package unreadable for VDXP headers: " + e.getMessage());
        }
        String messageType = parsed.kind() == PackageKind.STATUS ? VdxpHeaders.TYPE_STATUS : VdxpHeaders.TYPE_EDOC;
        try {
            return TransportFailures.attempt(connector, () -> client.sendEdoc(connector, parsed.senderId(),
                    messageType, delivery.recipientAgencies(), delivery.packageBytes(), delivery.deliveryId())
                    .outcome());
        } catch (IllegalStateException misconfigured) {
            return DeliveryOutcome.transientFailure(null, misconfigured.getMessage());
        }
    }

    /** Documents first, then status packages: the platform lists each message type on its own. */
    @Override
    public List<String> pendingIds(ConnectorDefinition connector) throws IOException {
        List<String> ids = new ArrayList<>();
        for (String messageType : List.of(VdxpHeaders.TYPE_EDOC, VdxpHeaders.TYPE_STATUS)) {
            VdxpReply reply = ok(interruptible(() -> client.getReceivedEdocList(connector, messageType)),
                    "getReceivedEdocList " + messageType);
            for (JsonNode item : reply.data()) {
                ids.add(item.path("docId").asText());
            }
        }
        return ids;
    }

    @Override
    public byte[] fetch(ConnectorDefinition connector, String id) throws IOException {
        VdxpReply reply = ok(interruptible(() -> client.getEdoc(connector, id)), "getEdoc " + id);
        try {
            return Base64.getMimeDecoder().decode(reply.data().asText());
        } catch (IllegalArgumentException e) {
            throw new IOException("getEdoc " + id + ": data is not base64", e);
        }
    }

    @Override
    public void acknowledge(ConnectorDefinition connector, String id, boolean accepted, String reason)
            throws IOException {
        String status = accepted ? VdxpHeaders.STATUS_DONE : VdxpHeaders.STATUS_FAIL;
        ok(interruptible(() -> client.updateStatus(connector, id, status, reason)), "updateStatus " + id);
    }

    private static VdxpReply ok(VdxpReply reply, String operation) throws IOException {
        if (!reply.ok()) {
            throw new IOException("VDXP " + operation + " failed: " + reply.describe());
        }
        return reply;
    }

    private static VdxpReply interruptible(Call call) throws IOException {
        try {
            return call.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted (gateway shutting down)", e);
        }
    }

    /** One client call, so that interruption is turned into an I/O failure in one place. */
    private interface Call {
        VdxpReply run() throws IOException, InterruptedException;
    }
}
