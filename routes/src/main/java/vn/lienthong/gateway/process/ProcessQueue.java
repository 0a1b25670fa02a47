package vn.lienthong.gateway.process;

import jakarta.jms.Destination;

import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands an accepted message to the process stage: its id on {@value #QUEUE}, never the package. Called after intake's
 * commit; should the send fail, the outbox sweeper finds the work row and sends it again.
 */
@Component
public class ProcessQueue {

    public static final String QUEUE = "lienthong.process";
    /** Local JMS transactions, as dispatch: a failure rolls the work message back and the broker redelivers it. */
    static final String ENDPOINT = "jms:queue:" + QUEUE
            + "?transacted=true&lazyCreateTransactionManager=false&concurrentConsumers=4";

    private final JmsTemplate jms;
    /** Resolved once: resolving a queue by name asks the broker each time. */
    private volatile Destination queue;

    public ProcessQueue(JmsTemplate jms) {
        this.jms = jms;
    }

    public void enqueue(String messageId) {
        jms.send(queue(), session -> session.createTextMessage(messageId));
    }

    private Destination queue() {
        if (queue == null) {
            queue = jms.execute(session -> session.createQueue(QUEUE), false);
        }
        return queue;
    }
}
