package vn.lienthong.connectors.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import vn.lienthong.connectors.spi.RetryPolicy;
import vn.lienthong.connectors.spi.Timeouts;

/** Reads the {@code retry} and {@code timeouts} sections, filling whatever a file leaves out from the defaults. */
final class DeliveryPolicyFields {

    static final List<String> RETRY_KEYS = List.of("max-attempts", "initial-delay", "multiplier", "max-delay");
    static final List<String> TIMEOUT_KEYS = List.of("connect", "read");

    private static final int MAX_ATTEMPTS_LIMIT = 100;
    private static final double MULTIPLIER_LIMIT = 10.0;

    private final FieldReader fields;

    DeliveryPolicyFields(FieldReader fields) {
        this.fields = fields;
    }

    /** Returns the retry policy of the file; the default when the section is absent, null when it is invalid. */
    RetryPolicy retry(JsonNode root) {
        return fields.optionalSection(root, "retry", RETRY_KEYS, RetryPolicy.DEFAULT, this::retryOf);
    }

    private RetryPolicy retryOf(ObjectNode retry, int errorsBefore) {
        RetryPolicy fallback = RetryPolicy.DEFAULT;
        Optional<Integer> maxAttempts = fields.wholeNumber(retry, "retry", "max-attempts", 1, MAX_ATTEMPTS_LIMIT);
        Optional<Duration> initialDelay = fields.positiveDuration(retry, "retry", "initial-delay");
        Optional<Double> multiplier = fields.number(retry, "retry", "multiplier", 1.0, MULTIPLIER_LIMIT);
        Optional<Duration> maxDelay = fields.positiveDuration(retry, "retry", "max-delay");
        if (fields.errorCount() > errorsBefore) {
            return null;
        }
        Duration initial = initialDelay.orElse(fallback.initialDelay());
        Duration max = maxDelay.orElse(fallback.maxDelay());
        if (initial.compareTo(max) > 0) {
            reportInitialAboveMax(initial, max, maxDelay.isEmpty());
            return null;
        }
        return new RetryPolicy(maxAttempts.orElse(fallback.maxAttempts()), initial,
                multiplier.orElse(fallback.multiplier()), max);
    }

    /** Returns the timeouts of the file; the defaults when the section is absent, null when it is invalid. */
    Timeouts timeouts(JsonNode root) {
        return fields.optionalSection(root, "timeouts", TIMEOUT_KEYS, Timeouts.DEFAULT, this::timeoutsOf);
    }

    private Timeouts timeoutsOf(ObjectNode timeouts, int errorsBefore) {
        Duration connect = fields.positiveDuration(timeouts, "timeouts", "connect").orElse(Timeouts.DEFAULT.connect());
        Duration read = fields.positiveDuration(timeouts, "timeouts", "read").orElse(Timeouts.DEFAULT.read());
        return new Timeouts(connect, read);
    }

    private void reportInitialAboveMax(Duration initial, Duration max, boolean maxIsDefault) {
        String maxText = DurationText.format(max) + (maxIsDefault ? ", the default" : "");
        fields.error("retry.initial-delay", "must not be longer than retry.max-delay (" + maxText + "), was "
                + DurationText.format(initial));
    }
}
