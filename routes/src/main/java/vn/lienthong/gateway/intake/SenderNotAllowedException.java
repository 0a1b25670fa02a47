package vn.lienthong.gateway.intake;

/** The package claims a sender that the authenticated partner's connector may not send as. */
public class SenderNotAllowedException extends RuntimeException {

    private final String connectorId;
    private final String sender;

    public SenderNotAllowedException(String connectorId, String sender) {
        super("connector " + connectorId + " may not send as agency " + sender);
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
