package vn.lienthong.gateway.intake.platform;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import vn.lienthong.gateway.poll.PollLockStrategy;
import vn.lienthong.gateway.routing.RouteErrorHandling;

/**
 * The one inbound flow every polled platform connector ({@code vdxp}, {@code lgsp}) runs: on a schedule, and on
 * one gateway instance at a time, collect what the platform holds for us through {@link PlatformIntake}.
 */
@Component
public class PlatformInboxRouteTemplate extends RouteBuilder {

    public static final String TEMPLATE_ID = "inbound-platform";

    @Override
    public void configure() {
        routeTemplate(TEMPLATE_ID)
                .templateParameter("connectorId")
                .templateParameter("delay")
                .from("scheduler:{{connectorId}}?delay={{delay}}&pollStrategy=#" + PollLockStrategy.BEAN)
                    .routeConfigurationId(RouteErrorHandling.ID)
                    .setHeader(PlatformIntake.CONNECTOR_HEADER, constant("{{connectorId}}"))
                    .bean(PlatformIntake.class, "poll");
    }
}
