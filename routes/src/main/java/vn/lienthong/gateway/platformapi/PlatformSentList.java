package vn.lienthong.gateway.platformapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.lienthong.connectors.vdxp.VdxpHeaders;
import vn.lienthong.gateway.store.SentDocumentQueries;

/**
 * getSentEdocList: what the caller's connector sent, one item per recipient, in the fields the SDK reads
 * ({@code GetSendEdocResult}): the gateway's message id as {@code senderDocId}, the delivery id as
 * {@code receiverDocId}, the delivery state as {@code sendStatus} and the recipient's last status code as
 * {@code receiveStatus}.
 */
@Component
public class PlatformSentList {

    private final SentDocumentQueries queries;
    private final PlatformApiProperties properties;

    public PlatformSentList(SentDocumentQueries queries, PlatformApiProperties properties) {
        this.queries = queries;
        this.properties = properties;
    }

    public List<Map<String, Object>> sentBy(PlatformCaller caller) {
        return queries.sentBy(caller.connector().id()).stream().map(this::item).toList();
    }

    private Map<String, Object> item(SentDocumentQueries.SentRow row) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("serviceType", VdxpHeaders.SERVICE_EDOC);
        item.put("messageType", "STATUS".equals(row.kind()) ? VdxpHeaders.TYPE_STATUS : VdxpHeaders.TYPE_EDOC);
        item.put("senderDocId", row.messageId());
        item.put("receiverDocId", row.deliveryId());
        item.put("fromCode", row.senderAgency());
        item.put("toCode", row.recipientAgency());
        item.put("title", row.subject() == null ? "" : row.subject());
        item.put("notation", row.codeNumber() == null ? "" : row.codeNumber() + "/" + row.codeNotation());
        item.put("sentTime", properties.format(row.sentAt()));
        item.put("receivedTime", properties.format(row.finishedAt()));
        item.put("sendStatus", row.deliveryState());
        item.put("sendStatusDesc", row.lastError() == null ? "" : row.lastError());
        item.put("receiveStatus", row.businessStatus() == null ? "" : row.businessStatus());
        item.put("receiveStatusDesc", "");
        return item;
    }
}
