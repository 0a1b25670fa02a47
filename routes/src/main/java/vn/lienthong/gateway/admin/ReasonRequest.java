package vn.lienthong.gateway.admin;

/** The body of every operator action: why it is done, for the audit log. */
public record ReasonRequest(String reason) {
}
