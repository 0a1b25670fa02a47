package vn.lienthong.gateway.process;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.lienthong.gateway.store.ProcessCompletion;
import vn.lienthong.gateway.store.QueuedDelivery;

/** Commits a prepared message's deliveries in one transaction and returns them to be queued after the commit. */
@Component
public class ProcessCommitter {

    private static final Logger log = LoggerFactory.getLogger(ProcessCommitter.class);

    private final ProcessCompletion completion;
    private final Clock clock;

    public ProcessCommitter(ProcessCompletion completion, Clock clock) {
        this.completion = completion;
        this.clock = clock;
    }

    public List<QueuedDelivery> commit(PreparedPackage prepared) {
        try (prepared) {
            List<QueuedDelivery> deliveries = completion.complete(prepared.work(), prepared.sent(), clock.instant());
            log.debug("Processed message {}: {} deliveries", prepared.work().messageId(), deliveries.size());
            return deliveries;
        }
    }
}
