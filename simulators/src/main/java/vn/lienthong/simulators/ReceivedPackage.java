package vn.lienthong.simulators;

import java.time.Instant;

/** One package as a simulated partner received it: the bytes exactly, and the delivery id header. */
public record ReceivedPackage(String messageId, String contentType, byte[] body, Instant receivedAt) {
}
