package vn.lienthong.gateway.alerts;

import java.time.Instant;

/**
 * The failed attempts through one connector since its last accepted one.
 *
 * @param firstFailureAt the first of them, null when the last attempt was accepted (or there was none)
 * @param lastFailureAt the latest of them, null likewise
 */
public record FailureRun(String connectorId, Instant firstFailureAt, Instant lastFailureAt) {
}
