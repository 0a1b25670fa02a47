package vn.lienthong.gateway.dispatch;

import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;
import org.springframework.stereotype.Component;

import vn.lienthong.connectors.dispatch.DispatchHeaders;
import vn.lienthong.gateway.logging.MessageLogContext;
import vn.lienthong.gateway.store.DeliveryStore;

/**
 * The dispatch route's first step: puts the delivery's message id, delivery id, connector and document number in
 * the log context, and removes them when the exchange is done, however it ends, so the next work message on the
 * same consumer thread starts clean.
 */
@Component
public class DispatchLogContext {

    private final DeliveryStore deliveries;

    public DispatchLogContext(DeliveryStore deliveries) {
        this.deliveries = deliveries;
    }

    public void open(Exchange exchange) {
        String deliveryId = exchange.getMessage().getHeader(DispatchHeaders.DELIVERY_ID, String.class);
        MessageLogContext context = MessageLogContext.open().with(MessageLogContext.DELIVERY_ID, deliveryId);
        if (deliveryId != null) {
            deliveries.identify(deliveryId).ifPresent(identity -> context
                    .with(MessageLogContext.MESSAGE_ID, identity.messageId())
                    .with(MessageLogContext.CONNECTOR, identity.connectorId())
                    .with(MessageLogContext.DOCUMENT_NUMBER, identity.documentNumber()));
        }
        // On completion, failure or a filtered-out stale message alike; the route runs on this thread throughout.
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                context.close();
            }
        });
    }
}
