package vn.lienthong.gateway.dispatch;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;
import vn.lienthong.gateway.routing.RouteErrorHandling;

/**
 * The one dispatch flow every connector runs on its own queue: claim the delivery, hand it to the
 * connector's transport, record the outcome, every log line on the way naming the message. Transports differ only
 * in the bean that sends.
 */
@Component
public class DispatchRouteTemplate extends RouteBuilder {

    public static final String TEMPLATE_ID = "dispatch";

    @Override
    public void configure() {
        routeTemplate(TEMPLATE_ID)
                .templateParameter("queue")
                .templateParameter("concurrency")
                .templateParameter("autoStartup", "true")
                // Local JMS transactions (no transaction manager) keep consumers cached: with a transaction
                // manager Spring opens a consumer per message, which bounces prefetched messages.
                .from("jms:queue:{{queue}}?transacted=true&lazyCreateTransactionManager=false"
                        + "&concurrentConsumers={{concurrency}}")
                    .routeConfigurationId(RouteErrorHandling.ID)
                    // A connector an operator paused stays stopped after a restart until it is resumed.
                    .autoStartup("{{autoStartup}}")
                    .bean(DispatchLogContext.class, "open")
                    .bean(DeliveryClaimer.class, "claim")
                    .filter(body().isNotNull())
                        .bean(TransportDispatcher.class, "send")
                        .bean(DeliveryOutcomeRecorder.class, "record")
                    .end();
    }
}
