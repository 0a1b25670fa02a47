package vn.lienthong.gateway.config;

import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.core.settings.impl.DiskFullMessagePolicy;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lienthong.connectors.dispatch.DispatchHeaders;
import vn.lienthong.gateway.process.ProcessQueue;

/** Settings of the embedded Artemis broker that the gateway's delivery guarantees rely on. */
@Configuration(proxyBeanMethods = false)
public class BrokerConfiguration {

    /**
     * How long the NIO journal gathers writes before one sync: Artemis's default of 3.3 ms caps durable sends (intake's
     * work messages, dispatch's transacted acknowledgements) near 300 per second from each thread and adds that much
     * to each intake; 1 ms still lets a busy broker write many messages per sync. AIO keeps its own 0.5 ms default.
     */
    static final int NIO_JOURNAL_BUFFER_TIMEOUT_NANOS = 1_000_000;

    @Bean
    ArtemisConfigurationCustomizer journalSyncInterval() {
        return configuration -> configuration.setJournalBufferTimeout_NIO(NIO_JOURNAL_BUFFER_TIMEOUT_NANOS);
    }

    /**
     * Work messages are never dead-lettered by the broker: delivery attempts are counted in the store, and a work
     * message that fails for an unexpected reason (the database down) comes back after a growing pause instead of
     * spinning. An external broker needs the same address settings for {@code lienthong.dispatch.#}.
     */
    @Bean
    ArtemisConfigurationCustomizer dispatchAddressSettings() {
        return configuration -> configuration.addAddressSetting(DispatchHeaders.QUEUE_PREFIX + "#",
                new AddressSettings()
                        .setMaxDeliveryAttempts(-1)
                        .setRedeliveryDelay(1_000)
                        .setRedeliveryMultiplier(2.0)
                        .setMaxRedeliveryDelay(60_000)
                        // Work is durable in the store: with the disk full a send fails at once (the outbox sweeper
                        // queues it later) instead of blocking the intake thread that made it.
                        .setDiskFullMessagePolicy(DiskFullMessagePolicy.FAIL));
    }

    /**
     * The process stage's queue, likewise never dead-lettered: its failures are counted in the store and end the message
     * FAILED there. An external broker needs the same address settings for {@code lienthong.process}.
     */
    @Bean
    ArtemisConfigurationCustomizer processAddressSettings() {
        return configuration -> configuration.addAddressSetting(ProcessQueue.QUEUE,
                new AddressSettings()
                        .setMaxDeliveryAttempts(-1)
                        .setRedeliveryDelay(1_000)
                        .setRedeliveryMultiplier(2.0)
                        .setMaxRedeliveryDelay(60_000)
                        .setDiskFullMessagePolicy(DiskFullMessagePolicy.FAIL));
    }

    /**
     * The broker's disk limit in bytes, not Artemis' default percentage (90 % of a large disk strands a lot of it):
     * half of intake's reserve, so that once intake has stopped, queued work keeps flowing and draining the journal.
     */
    @Bean
    ArtemisConfigurationCustomizer brokerDiskLimit(DataDiskProperties disk) {
        return configuration -> configuration
                .setMaxDiskUsage(100)
                .setMinDiskFree(disk.minFreeDisk().toBytes() / 2);
    }
}
