package vn.lienthong.gateway.process;

/** Names of the exchange headers the process route sets, for its steps and its error handling. */
public final class ProcessHeaders {

    /** The id of the message being processed; its presence marks an exchange of the process route. */
    public static final String MESSAGE_ID = "LienthongProcessMessageId";

    private ProcessHeaders() {
    }
}
