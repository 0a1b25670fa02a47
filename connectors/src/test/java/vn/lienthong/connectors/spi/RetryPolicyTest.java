package vn.lienthong.connectors.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Retry waits grow by the multiplier from the initial delay up to the cap, and attempts run out. */
class RetryPolicyTest {

    private final RetryPolicy policy = RetryPolicy.DEFAULT;

    @Test
    void defaultIsSixAttemptsFromTwoSecondsDoublingUpToFiveMinutes() {
        assertThat(policy).isEqualTo(new RetryPolicy(6, Duration.ofSeconds(2), 2.0, Duration.ofMinutes(5)));
    }

    @Test
    void waitsTheInitialDelayAfterTheFirstFailure() {
        assertThat(policy.delayAfterAttempt(1)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void multipliesTheDelayAfterEachFurtherFailure() {
        assertThat(policy.delayAfterAttempt(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delayAfterAttempt(5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(policy.delayAfterAttempt(8)).isEqualTo(Duration.ofSeconds(256));
    }

    @Test
    void capsTheDelayAtTheMaximum() {
        assertThat(policy.delayAfterAttempt(9)).isEqualTo(Duration.ofMinutes(5));
        assertThat(policy.delayAfterAttempt(50)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void doesNotOverflowForHugeAttemptNumbers() {
        RetryPolicy steep = new RetryPolicy(100, Duration.ofDays(1), 10.0, Duration.ofDays(365_000));

        assertThat(steep.delayAfterAttempt(Integer.MAX_VALUE)).isEqualTo(Duration.ofDays(365_000));
        assertThat(policy.delayAfterAttempt(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void keepsFractionsOfASecond() {
        RetryPolicy quick = new RetryPolicy(5, Duration.ofMillis(500), 1.5, Duration.ofSeconds(10));

        assertThat(quick.delayAfterAttempt(2)).isEqualTo(Duration.ofMillis(750));
        assertThat(quick.delayAfterAttempt(3)).isEqualTo(Duration.ofNanos(1_125_000_000));
    }

    @Test
    void keepsAConstantDelayWithMultiplierOne() {
        RetryPolicy constant = new RetryPolicy(3, Duration.ofSeconds(7), 1.0, Duration.ofSeconds(7));

        assertThat(constant.delayAfterAttempt(100)).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void rejectsAttemptNumbersBelowOne() {
        assertThatThrownBy(() -> policy.delayAfterAttempt(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hasAttemptsLeftUntilMaxAttemptsWereMade() {
        assertThat(policy.hasAttemptsLeft(0)).isTrue();
        assertThat(policy.hasAttemptsLeft(5)).isTrue();
        assertThat(policy.hasAttemptsLeft(6)).isFalse();
        assertThat(policy.hasAttemptsLeft(7)).isFalse();
    }

    @Test
    void aSingleAttemptPolicyNeverRetries() {
        RetryPolicy once = new RetryPolicy(1, Duration.ofSeconds(1), 1.0, Duration.ofSeconds(1));

        assertThat(once.hasAttemptsLeft(1)).isFalse();
    }

    @Test
    void rejectsPoliciesThatCannotWork() {
        Duration second = Duration.ofSeconds(1);
        assertThatThrownBy(() -> new RetryPolicy(0, second, 2.0, second)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, 2.0, second))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, second, 0.5, second)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, second, Double.NaN, second))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(2), 2.0, second))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
