package vn.lienthong.gateway.intake;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.lienthong.gateway.connector.ConnectorRegistry;
import vn.lienthong.gateway.store.AnsweredDocument;
import vn.lienthong.gateway.store.NewMessage;
import vn.lienthong.gateway.store.NewStatus;
import vn.lienthong.gateway.store.StatusStore;
import vn.lienthong.schemas.edxml.ResponseFor;
import vn.lienthong.schemas.edxml.StaffInfo;
import vn.lienthong.schemas.model.PackageRejectedException;
import vn.lienthong.schemas.model.ParsedPackage;
import vn.lienthong.schemas.model.Violation;

/**
 * Finds the document a status package answers through ResponseFor (DocumentId and the original sender's
 * OrganId) and checks that the status comes from one of that document's recipients.
 */
@Component
public class StatusCorrelator {

    private final StatusStore statuses;
    private final ConnectorRegistry connectors;

    public StatusCorrelator(StatusStore statuses, ConnectorRegistry connectors) {
        this.statuses = statuses;
        this.connectors = connectors;
    }

    /** Throws a {@link PackageRejectedException} naming the element and rule when the status cannot be matched. */
    public StatusCorrelation correlate(ParsedPackage status) {
        ResponseFor answered = status.responseFor().orElseThrow();
        // Violations name the header as the producer wrote it: Status, or the legacy MessageHeader.
        String header = status.headerElement() + "/";
        String originalSender = answered.getOrganId().strip();
        String documentId = status.documentId();
        AnsweredDocument document = statuses.findDocument(originalSender, documentId)
                .orElseThrow(() -> rejected(header + "ResponseFor/DocumentId", "response-for-known: no document with "
                        + "this DocumentId from ResponseFor/OrganId " + originalSender + " passed through the gateway",
                        documentId));
        String reporter = status.senderId();
        if (!statuses.isRecipient(document.messageId(), reporter)) {
            throw rejected(header + "From/OrganId", "status-from-recipient: only a recipient of document "
                    + documentId + " may report its status", reporter);
        }
        String backConnector = connectors.forAgency(originalSender).map(c -> c.id())
                .orElseThrow(() -> rejected(header + "ResponseFor/OrganId",
                        "recipient-reachable: no connector reaches the document's sender", originalSender));
        return new StatusCorrelation(new NewStatus(document.messageId(), reporter, status.statusCode(),
                clean(status.header().getDescription()), staff(status), clean(status.header().getTimestamp())),
                new NewMessage.Route(backConnector, List.of(originalSender)));
    }

    private static String staff(ParsedPackage status) {
        StaffInfo info = status.header().getStaffInfo();
        return info == null ? null : clean(info.getStaff());
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static PackageRejectedException rejected(String element, String rule, String value) {
        return new PackageRejectedException(List.of(Violation.of(element, rule, value)));
    }
}
