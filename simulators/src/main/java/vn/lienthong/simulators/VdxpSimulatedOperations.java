package vn.lienthong.simulators;

import java.io.IOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.type.TypeReference;

import vn.lienthong.connectors.vdxp.VdxpAnswers;
import vn.lienthong.connectors.vdxp.VdxpClient;
import vn.lienthong.connectors.vdxp.VdxpErrorCode;
import vn.lienthong.connectors.vdxp.VdxpHashFile;
import vn.lienthong.connectors.vdxp.VdxpHeaders;
import vn.lienthong.connectors.vdxp.VdxpRefusal;
import vn.lienthong.connectors.vdxp.VdxpSignature;
import vn.lienthong.schemas.model.PackageKind;
import vn.lienthong.schemas.model.PackageRejectedException;
import vn.lienthong.schemas.model.ParsedPackage;
import vn.lienthong.schemas.read.EdxmlReader;

/** What the simulated platform does once a request's signature held: one method per operation. */
final class VdxpSimulatedOperations {

    private static final DateTimeFormatter LIST_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final List<String> STATUSES = List.of(VdxpHeaders.STATUS_DONE, VdxpHeaders.STATUS_FAIL,
            VdxpHeaders.STATUS_PROCESSING);

    private final VdxpSimulatedSystems systems;
    private final EdxmlReader reader = new EdxmlReader();
    private final List<VdxpPlatformSimulator.SentEdoc> sent = new CopyOnWriteArrayList<>();
    private final List<VdxpPlatformSimulator.StatusUpdate> statusUpdates = new CopyOnWriteArrayList<>();
    private volatile Consumer<VdxpPlatformSimulator.SentEdoc> listener = p -> { };

    VdxpSimulatedOperations(VdxpSimulatedSystems systems) {
        this.systems = systems;
    }

    void onReceive(Consumer<VdxpPlatformSimulator.SentEdoc> listener) {
        this.listener = listener;
    }

    List<VdxpPlatformSimulator.SentEdoc> sent() {
        return List.copyOf(sent);
    }

    List<VdxpPlatformSimulator.StatusUpdate> statusUpdates() {
        return List.copyOf(statusUpdates);
    }

    /** A package held for {@code systemId}, its type and sender read from it (a document when unreadable). */
    void hold(String systemId, String docId, byte[] pkg) {
        String type = VdxpHeaders.TYPE_EDOC;
        String from = "";
        try {
            EdxmlFields fields = EdxmlFields.read(pkg);
            type = fields.isStatus() ? VdxpHeaders.TYPE_STATUS : VdxpHeaders.TYPE_EDOC;
            from = fields.senderId();
        } catch (IllegalArgumentException unreadable) {
            // Tests hold broken packages on purpose: the gateway, not the platform, is to refuse them.
        }
        Instant now = Instant.now();
        systems.hold(systemId, new VdxpSimulatedSystems.Held(docId, type, from, "", pkg, now, now, "initial"));
    }

    byte[] sendEdoc(VdxpSignature.Verified request, byte[] body, String messageId) {
        String hashFile = request.value(VdxpHeaders.HASH_FILE).orElseThrow();
        byte[] pkg = VdxpHashFile.packageIn(body, hashFile).orElseThrow(() -> VdxpRefusal.of(
                VdxpErrorCode.INVALID_HASH_FILE, VdxpHeaders.header(VdxpHeaders.HASH_FILE),
                "sha256-of-body (" + body.length + " bytes)", hashFile));
        String type = request.value(VdxpHeaders.MESSAGE_TYPE).orElseThrow();
        if (!type.equals(VdxpHeaders.TYPE_EDOC) && !type.equals(VdxpHeaders.TYPE_STATUS)) {
            throw VdxpRefusal.of(VdxpErrorCode.INVALID_HEADER, VdxpHeaders.header(VdxpHeaders.MESSAGE_TYPE),
                    "edoc-or-status", type);
        }
        String from = request.value(VdxpHeaders.FROM).orElseThrow();
        List<String> agencies = systems.system(request.systemId()).orElseThrow().agencies();
        if (!agencies.isEmpty() && !agencies.contains(from)) {
            // The real platform's words (PVN-Organization/API-Gateway-iOffice README): "Don vi gui X khong dung voi
            // ma da dang ky: Y".
            throw VdxpRefusal.of(VdxpErrorCode.SENDER_NOT_ALLOWED, VdxpHeaders.header(VdxpHeaders.FROM),
                    "one of the agencies registered for " + request.systemId() + " " + agencies, from);
        }
        String docId = VdxpPlatformSimulator.newDocId();
        route(request, pkg, type, from);
        VdxpPlatformSimulator.SentEdoc edoc = new VdxpPlatformSimulator.SentEdoc(request.systemId(),
                Map.copyOf(request.signed()), pkg, docId, type, messageId);
        sent.add(edoc);
        listener.accept(edoc);
        return VdxpAnswers.ok(Map.of("DocId", docId));
    }

    /** A copy waits for every registered system that receives for a recipient; others are not modelled. */
    private void route(VdxpSignature.Verified request, byte[] pkg, String type, String from) {
        List<String> recipients = recipients(request, pkg);
        Instant now = Instant.now();
        for (String agency : recipients) {
            systems.receiverOf(agency).ifPresent(receiver -> systems.hold(receiver, new VdxpSimulatedSystems.Held(
                    VdxpPlatformSimulator.newDocId(), type, from, agency, pkg, now, now, "initial")));
        }
    }

    /** The signed {@code to} when given, otherwise the package's own recipients, as the integrators rely on. */
    private List<String> recipients(VdxpSignature.Verified request, byte[] pkg) {
        Optional<String> to = request.value(VdxpHeaders.TO);
        if (to.isPresent()) {
            try {
                return SimulatorHttp.JSON.readValue(to.get(), new TypeReference<List<String>>() { });
            } catch (IOException e) {
                throw VdxpRefusal.of(VdxpErrorCode.INVALID_HEADER, VdxpHeaders.header(VdxpHeaders.TO),
                        "json-array-of-agency-codes", to.get());
            }
        }
        try {
            ParsedPackage parsed = reader.read(pkg);
            return parsed.kind() == PackageKind.STATUS
                    ? parsed.responseFor().map(r -> List.of(r.getOrganId())).orElse(List.of())
                    : parsed.recipientIds();
        } catch (PackageRejectedException e) {
            throw new VdxpRefusal(VdxpErrorCode.INVALID_PACKAGE, e.getMessage());
        }
    }

    byte[] list(VdxpSignature.Verified request) {
        String type = request.value(VdxpHeaders.MESSAGE_TYPE).orElse(null);
        List<Map<String, Object>> items = new ArrayList<>();
        for (VdxpSimulatedSystems.Held held : systems.waiting(request.systemId(), type)) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("docId", held.docId());
            item.put("serviceType", VdxpHeaders.SERVICE_EDOC);
            item.put("messageType", held.messageType());
            item.put("created_time", time(held.createdAt()));
            item.put("updated_time", time(held.updatedAt()));
            item.put("from", held.from());
            item.put("to", held.to());
            item.put("status", held.status());
            item.put("status_desc", held.status());
            items.add(item);
        }
        return VdxpAnswers.ok(Map.of("data", items));
    }

    byte[] getEdoc(VdxpSignature.Verified request) {
        String docId = docId(request, VdxpHeaders.DOC_ID, VdxpHeaders.DOC_ID_LOWER);
        VdxpSimulatedSystems.Held held = systems.get(request.systemId(), docId).orElseThrow(() -> notFound(docId));
        return VdxpAnswers.ok(Map.of("data", VdxpPlatformSimulator.base64(held.pkg())));
    }

    byte[] updateStatus(VdxpSignature.Verified request) {
        String docId = docId(request, VdxpHeaders.DOC_ID_LOWER, VdxpHeaders.DOC_ID);
        String status = request.value(VdxpHeaders.STATUS).orElse("");
        if (!STATUSES.contains(status)) {
            throw VdxpRefusal.of(VdxpErrorCode.INVALID_HEADER, VdxpHeaders.header(VdxpHeaders.STATUS),
                    "one of " + STATUSES, status);
        }
        if (!systems.update(request.systemId(), docId, status, Instant.now())) {
            throw notFound(docId);
        }
        statusUpdates.add(new VdxpPlatformSimulator.StatusUpdate(docId, status, VdxpPlatformSimulator.reason(request)));
        return VdxpAnswers.ok(Map.of());
    }

    byte[] count(VdxpSignature.Verified request, String type) {
        return VdxpAnswers.ok(Map.of("count", systems.waiting(request.systemId(), type).size()));
    }

    private static String docId(VdxpSignature.Verified request, String... keys) {
        return request.value(keys).orElseThrow(() -> VdxpRefusal.of(VdxpErrorCode.INVALID_HEADER,
                VdxpHeaders.header(keys[0]), "required-signed-key", null));
    }

    private static VdxpRefusal notFound(String docId) {
        return VdxpRefusal.of(VdxpErrorCode.NOT_FOUND, VdxpHeaders.header(VdxpHeaders.DOC_ID),
                "waits-for-this-system", docId);
    }

    private static String time(Instant at) {
        return LIST_TIME.format(ZonedDateTime.ofInstant(at, VdxpClient.PLATFORM_ZONE));
    }
}
