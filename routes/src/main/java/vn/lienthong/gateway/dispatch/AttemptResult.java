package vn.lienthong.gateway.dispatch;

import java.time.Instant;

import vn.lienthong.connectors.spi.DeliveryOutcome;
import vn.lienthong.connectors.spi.OutboundDelivery;

/** One finished attempt: what was sent, how it ended, and when. */
public record AttemptResult(OutboundDelivery delivery, DeliveryOutcome outcome, Instant startedAt, Instant finishedAt) {
}
