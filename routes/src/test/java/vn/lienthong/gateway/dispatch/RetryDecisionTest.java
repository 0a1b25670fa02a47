package vn.lienthong.gateway.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import vn.lienthong.connectors.spi.DeliveryOutcome;
import vn.lienthong.connectors.spi.RetryPolicy;
import vn.lienthong.gateway.store.DeliveryState;

/** The connector's retry policy decides what follows each attempt. */
class RetryDecisionTest {

    private final RetryPolicy threeAttempts = new RetryPolicy(3, Duration.ofSeconds(2), 2.0, Duration.ofMinutes(5));

    @Test
    void anAcceptedAttemptDelivers() {
        assertThat(DeliveryOutcomeRecorder.nextState(DeliveryOutcome.accepted(202, "HTTP 202"), threeAttempts, 1))
                .isEqualTo(DeliveryState.DELIVERED);
    }

    @Test
    void aTransientFailureRetriesWhileAttemptsAreLeft() {
        DeliveryOutcome down = DeliveryOutcome.transientFailure(503, "HTTP 503");
        assertThat(DeliveryOutcomeRecorder.nextState(down, threeAttempts, 1)).isEqualTo(DeliveryState.RETRYING);
        assertThat(DeliveryOutcomeRecorder.nextState(down, threeAttempts, 2)).isEqualTo(DeliveryState.RETRYING);
    }

    @Test
    void theLastTransientFailureIsDead() {
        assertThat(DeliveryOutcomeRecorder.nextState(DeliveryOutcome.transientFailure(null, "timeout"), threeAttempts, 3))
                .isEqualTo(DeliveryState.DEAD);
    }

    @Test
    void aPermanentRefusalIsRejectedAtOnce() {
        assertThat(DeliveryOutcomeRecorder.nextState(DeliveryOutcome.permanentRefusal(400, "HTTP 400"), threeAttempts, 1))
                .isEqualTo(DeliveryState.REJECTED);
    }
}
