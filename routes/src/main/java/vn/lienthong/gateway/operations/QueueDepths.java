package vn.lienthong.gateway.operations;

import org.springframework.jms.JmsException;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;

import vn.lienthong.connectors.dispatch.DispatchHeaders;

/**
 * Counts the work messages waiting on a connector's queue by browsing it, which works the same on the embedded
 * and an external broker. Retries scheduled for later are held apart by Artemis and not counted.
 */
@Component
public class QueueDepths {

    /** Browsing a huge backlog to the end would take long; past this the console says "at least". */
    public static final int LIMIT = 10_000;

    private final JmsTemplate jms;

    public QueueDepths(JmsTemplate jms) {
        this.jms = jms;
    }

    /** The number of messages ready on the queue, or -1 when the broker cannot be asked. */
    public int of(String connectorId) {
        try {
            Integer depth = jms.browse(DispatchHeaders.queueFor(connectorId), (session, browser) -> {
                int count = 0;
                for (var e = browser.getEnumeration(); e.hasMoreElements() && count < LIMIT; e.nextElement()) {
                    count++;
                }
                return count;
            });
            return depth == null ? 0 : depth;
        } catch (JmsException e) {
            return -1;
        }
    }
}
