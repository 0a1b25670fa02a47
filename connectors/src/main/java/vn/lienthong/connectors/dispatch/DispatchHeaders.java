package vn.lienthong.connectors.dispatch;

/** Names shared by the work queue, the dispatch route and the transports. */
public final class DispatchHeaders {

    /** HTTP header (and SOAP header name) that carries the stable delivery id on every attempt. */
    public static final String MESSAGE_ID_HTTP_HEADER = "X-Lienthong-Message-Id";

    /** JMS property: the delivery a work message is about. */
    public static final String DELIVERY_ID = "LienthongDeliveryId";

    /** JMS property: how many attempts the delivery had when this work message was queued. */
    public static final String ATTEMPTS_BEFORE = "LienthongAttemptsBefore";

    /** Prefix of every connector's work queue; the connector id completes the name. */
    public static final String QUEUE_PREFIX = "lienthong.dispatch.";

    private DispatchHeaders() {
    }

    /** The queue that carries work for one connector, so one partner being down never delays another. */
    public static String queueFor(String connectorId) {
        return QUEUE_PREFIX + connectorId;
    }
}
