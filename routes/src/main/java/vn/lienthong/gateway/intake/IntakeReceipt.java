package vn.lienthong.gateway.intake;

/** What intake answers once a package is durably stored: its id, its state, and whether it was a re-post. */
public record IntakeReceipt(String id, String status, boolean duplicate) {
}
