package vn.lienthong.connectors.dispatch;

import java.io.IOException;
import java.net.http.HttpTimeoutException;

import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.DeliveryOutcome;

/** The transient outcomes every HTTP-based transport reports the same way: no answer, network error, shutdown. */
public final class TransportFailures {

    /** One HTTP exchange with a partner, its answer already classified. */
    @FunctionalInterface
    public interface HttpAttempt {
        DeliveryOutcome call() throws IOException, InterruptedException;
    }

    private TransportFailures() {
    }

    /** Runs {@code attempt}, turning a timeout, a network error or an interrupt into its transient outcome. */
    public static DeliveryOutcome attempt(ConnectorDefinition connector, HttpAttempt attempt) {
        try {
            return attempt.call();
        } catch (HttpTimeoutException e) {
            return noAnswer(connector);
        } catch (IOException e) {
            return networkError(connector, e);
        } catch (InterruptedException e) {
            return interrupted();
        }
    }

    public static DeliveryOutcome noAnswer(ConnectorDefinition connector) {
        return DeliveryOutcome.transientFailure(null,
                "no answer from " + connector.endpoint() + " within " + connector.timeouts().read());
    }

    public static DeliveryOutcome networkError(ConnectorDefinition connector, IOException e) {
        String message = e.getMessage();
        return DeliveryOutcome.transientFailure(null, "network error reaching " + connector.endpoint() + ": "
                + e.getClass().getSimpleName() + (message == null ? "" : ": " + message));
    }

    /** Restores the interrupt flag, so the shutting-down thread still sees it after the outcome is recorded. */
    public static DeliveryOutcome interrupted() {
        Thread.currentThread().interrupt();
        return DeliveryOutcome.transientFailure(null, "interrupted while sending (gateway shutting down)");
    }
}
