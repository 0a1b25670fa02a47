package vn.lienthong.gateway.support;

import java.util.Arrays;

import org.apache.activemq.artemis.api.core.management.QueueControl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.connectors.dispatch.DispatchHeaders;

/**
 * Everything a request can leave behind: the rows of every intake table and the work messages ever added to the
 * {@code lienthong.dispatch.*} queues; two equal footprints mean nothing was stored and nothing was queued.
 *
 * @param dispatchMessagesAdded messages ever added to the dispatch queues (Artemis' counter never goes down when
 *                              a message is consumed, so a message queued and delivered at once still shows)
 */
public record Footprint(long messages, long packages, long deliveries, long recipients, long events, long attempts,
                        long statuses, long inboxItems, long dispatchMessagesAdded) {

    /** Counts now, from the gateway's database and its embedded broker. */
    public static Footprint of(JdbcClient jdbc, EmbeddedActiveMQ broker) {
        return new Footprint(count(jdbc, "messages"), count(jdbc, "packages"), count(jdbc, "deliveries"),
                count(jdbc, "recipients"), count(jdbc, "message_events"), count(jdbc, "attempts"),
                count(jdbc, "statuses"), count(jdbc, "inbox_items"), dispatchMessagesAdded(broker));
    }

    /** Sums the counters of the broker's own management objects, so nothing is consumed or browsed to count. */
    static long dispatchMessagesAdded(EmbeddedActiveMQ broker) {
        Object[] queues = broker.getActiveMQServer().getManagementService().getResources(QueueControl.class);
        return Arrays.stream(queues).map(QueueControl.class::cast)
                .filter(queue -> queue.getAddress().startsWith(DispatchHeaders.QUEUE_PREFIX))
                .mapToLong(QueueControl::getMessagesAdded).sum();
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
