package vn.lienthong.gateway.routing;

import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.stereotype.Component;

import vn.lienthong.gateway.process.ProcessFailures;
import vn.lienthong.gateway.process.ProcessHeaders;
import vn.lienthong.signatures.SigningException;

/**
 * The error handling every route opts into with {@code routeConfigurationId(ID)}. Work on the broker is retried by
 * rolling its JMS transaction back (an unhandled exception); dispatch counts its attempts in the store, so no clause
 * applies to it. The process route's failures end the message FAILED with the reason: at once for a package that
 * cannot be signed, after a few redeliveries for anything else.
 */
@Component
public class RouteErrorHandling extends RouteConfigurationBuilder {

    public static final String ID = "lienthong-errors";

    @Override
    public void configuration() {
        routeConfiguration(ID)
                .onException(SigningException.class)
                    .onWhen(header(ProcessHeaders.MESSAGE_ID).isNotNull())
                    .handled(true)
                    .bean(ProcessFailures.class, "signingFailed")
                .end()
                .onException(Exception.class)
                    .onWhen(header(ProcessHeaders.MESSAGE_ID).isNotNull())
                    .handled(false)
                    .bean(ProcessFailures.class, "attemptFailed")
                .end();
    }
}
