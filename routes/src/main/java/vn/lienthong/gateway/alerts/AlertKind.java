package vn.lienthong.gateway.alerts;

/** What an alert is about; the console names each kind in the operator's language. */
public enum AlertKind {
    /** A delivery not finished and without progress for {@code lienthong.alerts.stuck-after}. */
    STUCK_MESSAGE,
    /** Every attempt through a connector has failed for {@code lienthong.alerts.connector-failing-after}. */
    CONNECTOR_FAILING,
    /** A signing key or trust anchor expires within {@code lienthong.signing.expiry-warning}. */
    CERTIFICATE_EXPIRING,
    /** A recipient has not answered a document by its deadline (acknowledgement, registration or DueDate). */
    DEADLINE_OVERDUE
}
