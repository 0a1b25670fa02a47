package vn.lienthong.gateway.intake.folder;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import vn.lienthong.gateway.poll.PollLockStrategy;
import vn.lienthong.gateway.routing.RouteErrorHandling;

/**
 * The one inbound flow every {@code folder} connector runs on its inbox: pick up a finished {@code *.xml} file,
 * hand it to the shared intake pipeline, then move it to where {@link FolderIntake} decided (done or error).
 * A failure that is not the package's fault (store down) leaves the file in the inbox for the next poll.
 */
@Component
public class FolderInboxRouteTemplate extends RouteBuilder {

    public static final String TEMPLATE_ID = "inbound-folder";

    @Override
    public void configure() {
        routeTemplate(TEMPLATE_ID)
                .templateParameter("inbox")
                .templateParameter("connectorId")
                .templateParameter("delay")
                // readLock=changed waits until the file stops growing, for partners that write in place.
                .from("file:{{inbox}}?antInclude=*.xml&antFilterCaseSensitive=false&readLock=changed"
                        + "&readLockCheckInterval=500&readLockMinAge=500&delay={{delay}}"
                        + "&move=${header." + FolderIntake.TARGET_HEADER + "}"
                        // Instances sharing the store may share the folder too: one of them polls at a time.
                        + "&pollStrategy=#" + PollLockStrategy.BEAN)
                    .routeConfigurationId(RouteErrorHandling.ID)
                    .setHeader(FolderIntake.CONNECTOR_HEADER, constant("{{connectorId}}"))
                    .bean(FolderIntake.class, "receive");
    }
}
