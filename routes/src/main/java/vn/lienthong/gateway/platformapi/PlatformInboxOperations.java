package vn.lienthong.gateway.platformapi;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.vdxp.VdxpErrorCode;
import vn.lienthong.connectors.vdxp.VdxpHeaders;
import vn.lienthong.connectors.vdxp.VdxpRefusal;
import vn.lienthong.connectors.vdxp.VdxpText;
import vn.lienthong.gateway.inbox.PartnerInbox;
import vn.lienthong.gateway.store.InboxItem;

/**
 * getReceivedEdocList, getEdoc, updateStatus and the counts of the platform-compatible API over the caller's inbox
 * (the {@code inbox} transport's store): items are deliveries, {@code docId} is the delivery id.
 */
@Component
public class PlatformInboxOperations {

    private static final List<String> STATUSES = List.of(VdxpHeaders.STATUS_DONE, VdxpHeaders.STATUS_FAIL,
            VdxpHeaders.STATUS_PROCESSING);
    private static final String NO_REASON = "(no reason given)";

    private final PartnerInbox inbox;
    private final PlatformApiProperties properties;

    public PlatformInboxOperations(PartnerInbox inbox, PlatformApiProperties properties) {
        this.inbox = inbox;
        this.properties = properties;
    }

    /** What waits for the caller, of the signed {@code messagetype} (edoc or status), or all when it is absent. */
    public List<Map<String, Object>> list(PlatformCaller caller) {
        ConnectorDefinition partner = caller.connector();
        List<InboxItem> items = caller.request().value(VdxpHeaders.MESSAGE_TYPE).map(type -> inbox.pending(partner,
                kindOf(type))).orElseGet(() -> inbox.pending(partner));
        Map<String, List<String>> recipients = inbox.pendingRecipients(partner);
        List<Map<String, Object>> data = new ArrayList<>();
        for (InboxItem item : items) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("docId", item.id());
            entry.put("serviceType", VdxpHeaders.SERVICE_EDOC);
            entry.put("messageType", "STATUS".equals(item.kind()) ? VdxpHeaders.TYPE_STATUS : VdxpHeaders.TYPE_EDOC);
            entry.put("created_time", properties.format(item.availableAt()));
            entry.put("updated_time", properties.format(item.availableAt()));
            entry.put("from", item.senderAgency());
            entry.put("to", String.join(",", recipients.getOrDefault(item.id(), List.of())));
            entry.put("status", "initial");
            entry.put("status_desc", "");
            data.add(entry);
        }
        return data;
    }

    public int count(PlatformCaller caller, String messageType) {
        return inbox.pending(caller.connector(), kindOf(messageType)).size();
    }

    /** The package as base64, byte for byte what a push would have sent. */
    public String getEdoc(PlatformCaller caller) {
        return Base64.getEncoder().encodeToString(inbox.content(caller.connector(), docId(caller,
                VdxpHeaders.DOC_ID, VdxpHeaders.DOC_ID_LOWER)));
    }

    /** done: acknowledged, off the list; fail: off the list, the reason in the history; processing: recorded. */
    public void updateStatus(PlatformCaller caller) {
        String id = docId(caller, VdxpHeaders.DOC_ID_LOWER, VdxpHeaders.DOC_ID);
        String status = caller.request().value(VdxpHeaders.STATUS).orElse("").strip().toLowerCase(Locale.ROOT);
        String reason = caller.request().value(VdxpHeaders.DESCRIPTION).map(VdxpText::unescape).orElse("");
        switch (status) {
            case VdxpHeaders.STATUS_DONE -> inbox.acknowledge(caller.connector(), id);
            case VdxpHeaders.STATUS_FAIL -> inbox.refuse(caller.connector(), id, reason.isBlank() ? NO_REASON : reason);
            case VdxpHeaders.STATUS_PROCESSING -> inbox.recordProgress(caller.connector(), id, reason);
            default -> throw VdxpRefusal.of(VdxpErrorCode.INVALID_HEADER, VdxpHeaders.header(VdxpHeaders.STATUS),
                    "one of " + STATUSES, caller.request().value(VdxpHeaders.STATUS).orElse(""));
        }
    }

    private static String docId(PlatformCaller caller, String... keys) {
        return caller.request().value(keys).map(String::strip).filter(id -> !id.isEmpty()).orElseThrow(() ->
                VdxpRefusal.of(VdxpErrorCode.INVALID_HEADER, VdxpHeaders.header(keys[0]), "required-signed-key",
                        null));
    }

    private static String kindOf(String messageType) {
        return switch (messageType.strip().toLowerCase(Locale.ROOT)) {
            case VdxpHeaders.TYPE_EDOC -> "DOCUMENT";
            case VdxpHeaders.TYPE_STATUS -> "STATUS";
            default -> throw VdxpRefusal.of(VdxpErrorCode.INVALID_HEADER,
                    VdxpHeaders.header(VdxpHeaders.MESSAGE_TYPE), "edoc-or-status", messageType);
        };
    }
}
