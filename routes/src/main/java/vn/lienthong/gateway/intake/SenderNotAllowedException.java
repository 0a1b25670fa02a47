package vn.lienthong.gateway.intake;

import java.util.List;

import vn.lienthong.gateway.refusal.Refusal;
import vn.lienthong.schemas.model.Violation;

/** The package claims a sender that the authenticated partner's connector may not send as. */
public class SenderNotAllowedException extends Refusal {

    private static final String ELEMENT = "MessageHeader/From/OrganId";

    private final String connectorId;
    private final String sender;

    public SenderNotAllowedException(String connectorId, String sender) {
        super("sender-not-allowed", 403, "Sender not allowed", ELEMENT + ": sender-authorised: connector "
                + connectorId + " may not send as agency " + sender,
                List.of(new Violation(ELEMENT, "sender-authorised: the connector's agencies only", sender)));
        this.connectorId = connectorId;
        this.sender = sender;
    }

    public String connectorId() {
        return connectorId;
    }

    public String sender() {
        return sender;
    }
}
