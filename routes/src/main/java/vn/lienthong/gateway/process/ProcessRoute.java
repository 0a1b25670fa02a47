package vn.lienthong.gateway.process;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import vn.lienthong.gateway.dispatch.WorkQueue;
import vn.lienthong.gateway.routing.RouteErrorHandling;

/**
 * The process stage between intake and dispatch: take the accepted message's work, prepare the package the gateway
 * sends (signed once as the organisation, with this hop's TraceHeader), commit its deliveries, and hand each to its
 * connector's queue. Only message ids travel on the broker.
 */
@Component
public class ProcessRoute extends RouteBuilder {

    public static final String ROUTE_ID = "process-messages";

    @Override
    public void configure() {
        from(ProcessQueue.ENDPOINT)
                .routeId(ROUTE_ID)
                .routeConfigurationId(RouteErrorHandling.ID)
                .setHeader(ProcessHeaders.MESSAGE_ID, body())
                .bean(ProcessWorkTaker.class, "take")
                .filter(body().isNotNull())
                    .bean(PackagePreparer.class, "prepare")
                    .bean(ProcessCommitter.class, "commit")
                    .bean(WorkQueue.class, "enqueueAll")
                .end();
    }
}
