package vn.lienthong.gateway.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.lienthong.connectors.dispatch.DispatchHeaders;
import vn.lienthong.connectors.spi.OutboundDelivery;
import vn.lienthong.gateway.config.InstanceIdentity;
import vn.lienthong.gateway.config.LienthongProperties;
import vn.lienthong.gateway.store.DeliveryStore;
import vn.lienthong.gateway.store.DocumentOrderGate;
import vn.lienthong.gateway.store.LargePackagePermits;
import vn.lienthong.gateway.store.QueuedDelivery;

/**
 * First dispatch step: turns a work message into the delivery to attempt, or nothing if it is stale or must wait for
 * an earlier version of its document (held, and looked at again shortly).
 */
@Component
public class DeliveryClaimer {

    private static final Logger log = LoggerFactory.getLogger(DeliveryClaimer.class);
    /** How soon a held delivery looks again whether the earlier version has finished. */
    static final Duration HOLD_RECHECK = Duration.ofSeconds(1);

    private final DeliveryStore deliveries;
    private final LienthongProperties properties;
    private final InstanceIdentity instance;
    private final Clock clock;
    private final LargePackagePermits permits;
    private final DocumentOrderGate orderGate;
    private final WorkQueue workQueue;

    public DeliveryClaimer(DeliveryStore deliveries, LienthongProperties properties, InstanceIdentity instance,
                           Clock clock, LargePackagePermits permits, DocumentOrderGate orderGate,
                           WorkQueue workQueue) {
        this.orderGate = orderGate;
        this.workQueue = workQueue;
        this.deliveries = deliveries;
        this.properties = properties;
        this.instance = instance;
        this.clock = clock;
        this.permits = permits;
    }

    /**
     * Returns null (so the route stops) for a duplicate work message; the broker may deliver one twice. A large
     * package first waits for a delivery permit, held until the exchange is done, and only then is claimed (its
     * lease starts after the wait) and read.
     */
    public OutboundDelivery claim(@Header(DispatchHeaders.DELIVERY_ID) String deliveryId,
                                  @Header(DispatchHeaders.ATTEMPTS_BEFORE) int attemptsBefore, Exchange exchange) {
        permits.forDelivery(deliveries.packageSize(deliveryId)).ifPresent(release ->
                exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
                    @Override
                    public void onDone(Exchange done) {
                        release.run();
                    }
                }));
        Instant now = clock.instant();
        if (orderGate.mustWait(deliveryId)) {
            hold(deliveryId, attemptsBefore, now);
            return null;
        }
        OutboundDelivery delivery = deliveries
                .claim(deliveryId, attemptsBefore, now, now.plus(properties.dispatch().lease()), instance.id())
                .orElse(null);
        if (delivery == null) {
            log.info("Skipping stale work message for delivery {} (attempts before {}): delivery is now {}", deliveryId,
                    attemptsBefore, deliveries.describe(deliveryId));
        }
        return delivery;
    }

    /** The work message comes back after {@link #HOLD_RECHECK}; the sweeper finds a held delivery whose one is lost. */
    private void hold(String deliveryId, int attemptsBefore, Instant now) {
        Instant recheck = now.plus(HOLD_RECHECK);
        if (orderGate.hold(deliveryId, attemptsBefore, recheck, now)) {
            log.info("Delivery {} held: an earlier version of its document is still on its way to the same partner",
                    deliveryId);
            workQueue.enqueue(new QueuedDelivery(deliveryId, deliveries.connectorOf(deliveryId), attemptsBefore,
                    recheck));
        }
    }
}
