package vn.lienthong.gateway.process;

import java.time.Clock;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.lienthong.gateway.store.ProcessWorkStore;

/**
 * What a failure in the process route does to its message. A package that cannot be signed fails at once: retrying
 * an unusable key changes nothing. Any other failure (the database away) is retried by the broker, and after
 * {@value #MAX_ATTEMPTS} attempts the message fails too, visibly, instead of cycling for ever.
 */
@Component
public class ProcessFailures {

    static final int MAX_ATTEMPTS = 5;

    private static final Logger log = LoggerFactory.getLogger(ProcessFailures.class);

    private final ProcessWorkStore store;
    private final Clock clock;

    public ProcessFailures(ProcessWorkStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public void signingFailed(@Header(ProcessHeaders.MESSAGE_ID) String messageId,
                              @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Exception cause) {
        String reason = "cannot sign the package: " + cause.getMessage();
        if (store.fail(messageId, reason, clock.instant())) {
            log.error("Message {} FAILED at the process stage: {}", messageId, reason);
        }
    }

    public void attemptFailed(@Header(ProcessHeaders.MESSAGE_ID) String messageId,
                              @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Exception cause) {
        String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        int attempts = store.recordFailure(messageId, error);
        if (attempts >= MAX_ATTEMPTS
                && store.fail(messageId, "processing failed " + attempts + " times, last: " + error, clock.instant())) {
            log.error("Message {} FAILED at the process stage after {} attempts: {}", messageId, attempts, error);
        } else if (attempts > 0) {
            log.warn("Processing message {} failed (attempt {}), the broker will redeliver it: {}", messageId,
                    attempts, error);
        }
    }
}
