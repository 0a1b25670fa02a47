package vn.lienthong.gateway.deadlines;

/** Published when a status closes a deadline after its due time; counted once its transaction has committed. */
public record DeadlineAnsweredLate(String connectorId, DeadlineKind kind) {
}
