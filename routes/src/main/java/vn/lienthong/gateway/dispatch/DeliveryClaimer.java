package vn.lienthong.gateway.dispatch;

import java.time.Clock;
import java.time.Instant;

import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.lienthong.connectors.dispatch.DispatchHeaders;
import vn.lienthong.connectors.dispatch.OutboundDelivery;
import vn.lienthong.gateway.config.LienthongProperties;
import vn.lienthong.gateway.store.DeliveryStore;
import vn.lienthong.gateway.store.GroupCommit;

/** First dispatch step: turns a work message into the delivery to attempt, or nothing if it is stale. */
@Component
public class DeliveryClaimer {

    private static final Logger log = LoggerFactory.getLogger(DeliveryClaimer.class);

    private final DeliveryStore deliveries;
    private final GroupCommit groupCommit;
    private final LienthongProperties properties;
    private final Clock clock;

    public DeliveryClaimer(DeliveryStore deliveries, GroupCommit groupCommit, LienthongProperties properties,
                           Clock clock) {
        this.deliveries = deliveries;
        this.groupCommit = groupCommit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Returns null (so the route stops) for a duplicate work message; the broker may deliver one twice. */
    public OutboundDelivery claim(@Header(DispatchHeaders.DELIVERY_ID) String deliveryId,
                                  @Header(DispatchHeaders.ATTEMPTS_BEFORE) int attemptsBefore) {
        Instant now = clock.instant();
        OutboundDelivery delivery = groupCommit
                .run(() -> deliveries.claim(deliveryId, attemptsBefore, now, now.plus(properties.dispatch().lease())))
                .orElse(null);
        if (delivery == null) {
            log.info("Skipping stale work message for delivery {} (attempts before {}): delivery is now {}", deliveryId,
                    attemptsBefore, deliveries.describe(deliveryId));
        }
        return delivery;
    }
}
