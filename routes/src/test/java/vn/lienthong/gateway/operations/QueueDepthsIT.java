package vn.lienthong.gateway.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.jms.DeliveryMode;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;

import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jms.core.JmsTemplate;

import vn.lienthong.connectors.dispatch.DispatchHeaders;

/**
 * Queue depths come from the broker's management counters: a backlog far beyond what browsing would read is counted
 * whole, retries scheduled for later are left out, and a broker that cannot be asked answers -1.
 */
class QueueDepthsIT {

    private EmbeddedActiveMQ broker;
    private ActiveMQConnectionFactory connections;
    private JmsTemplate jms;

    @BeforeEach
    void startBroker() throws Exception {
        String url = "vm://" + ThreadLocalRandom.current().nextInt(1_000, 1_000_000);
        broker = new EmbeddedActiveMQ().setConfiguration(new ConfigurationImpl().setPersistenceEnabled(false)
                .setSecurityEnabled(false).addAcceptorConfiguration("in-vm", url));
        broker.start();
        connections = new ActiveMQConnectionFactory(url);
        jms = new JmsTemplate(connections);
    }

    @AfterEach
    void stopBroker() throws Exception {
        connections.close();
        if (broker != null) {
            broker.stop();
        }
    }

    @Test
    void aLargeBacklogIsCountedWholeWithoutScheduledRetries() {
        String queue = DispatchHeaders.queueFor("phong-gddt-thach-ha");
        long later = System.currentTimeMillis() + Duration.ofHours(1).toMillis();
        jms.execute(session -> {
            try (MessageProducer producer = session.createProducer(session.createQueue(queue))) {
                producer.setDeliveryMode(DeliveryMode.NON_PERSISTENT);
                for (int i = 0; i < 12_000; i++) {
                    producer.send(session.createTextMessage("delivery-" + i));
                }
                for (int i = 0; i < 3; i++) {
                    Message retry = session.createTextMessage("retry-" + i);
                    retry.setLongProperty("_AMQ_SCHED_DELIVERY", later);
                    producer.send(retry);
                }
            }
            return null;
        });

        long started = System.nanoTime();
        int depth = new QueueDepths(jms).of("phong-gddt-thach-ha");

        assertThat(depth).isEqualTo(12_000);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aQueueTheBrokerDoesNotHaveYetIsEmpty() {
        assertThat(new QueueDepths(jms).of("bo-gddt")).isZero();
    }

    @Test
    void aBrokerThatCannotBeAskedIsMinusOne() throws Exception {
        broker.stop();
        broker = null;

        assertThat(new QueueDepths(jms).of("phong-gddt-thach-ha")).isEqualTo(-1);
    }
}
