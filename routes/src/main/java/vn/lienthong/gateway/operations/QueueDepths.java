package vn.lienthong.gateway.operations;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;

import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.api.jms.ActiveMQJMSClient;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.springframework.jms.JmsException;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;

import vn.lienthong.connectors.dispatch.DispatchHeaders;

/**
 * Reads how many work messages wait on a connector's queue from the broker's own counters, through Artemis'
 * management address, which the embedded broker and an external one answer alike: one small request per counter,
 * however long the backlog (browsing it would read every message). Scheduled retries are not counted as waiting.
 */
@Component
public class QueueDepths {

    /** A broker that has not answered a management request within this is counted as unreachable. */
    static final long ANSWER_TIMEOUT_MILLIS = 2_000;
    private static final Queue MANAGEMENT = ActiveMQJMSClient.createQueue("activemq.management");

    private final JmsTemplate jms;

    public QueueDepths(JmsTemplate jms) {
        this.jms = jms;
    }

    /**
     * The number of messages ready on the queue: all of them less the retries scheduled for later and those being
     * delivered to a consumer now; 0 for a queue the broker does not have yet; -1 when the broker cannot be asked.
     */
    public int of(String connectorId) {
        String resource = ResourceNames.QUEUE + DispatchHeaders.queueFor(connectorId);
        try {
            Long ready = jms.execute(session -> {
                Long total = counter(session, resource, "messageCount");
                if (total == null) {
                    return 0L;
                }
                Long scheduled = counter(session, resource, "scheduledCount");
                Long delivering = counter(session, resource, "deliveringCount");
                return Math.max(0, total - orZero(scheduled) - orZero(delivering));
            }, true);
            return ready == null ? -1 : (int) Math.min(Integer.MAX_VALUE, ready);
        } catch (JmsException | IllegalStateException e) {
            return -1;
        }
    }

    /** One attribute of the queue's control; null when the broker has no such queue. */
    private static Long counter(Session session, String resource, String attribute) throws JMSException {
        TemporaryQueue replies = session.createTemporaryQueue();
        try (MessageProducer producer = session.createProducer(MANAGEMENT);
             MessageConsumer consumer = session.createConsumer(replies)) {
            Message request = session.createMessage();
            JMSManagementHelper.putAttribute(request, resource, attribute);
            request.setJMSReplyTo(replies);
            producer.send(request);
            Message reply = consumer.receive(ANSWER_TIMEOUT_MILLIS);
            if (reply == null) {
                throw new IllegalStateException("the broker did not answer for " + resource + " " + attribute);
            }
            return JMSManagementHelper.hasOperationSucceeded(reply) ? result(reply) : null;
        } finally {
            replies.delete();
        }
    }

    private static Long result(Message reply) {
        try {
            return ((Number) JMSManagementHelper.getResult(reply, Long.class)).longValue();
        } catch (Exception e) {
            throw new IllegalStateException("unreadable management answer", e);
        }
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
