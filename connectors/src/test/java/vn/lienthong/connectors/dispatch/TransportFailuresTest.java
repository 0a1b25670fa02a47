package vn.lienthong.connectors.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.DeliveryOutcome;
import vn.lienthong.connectors.spi.RetryPolicy;
import vn.lienthong.connectors.spi.SignatureVerifyMode;
import vn.lienthong.connectors.spi.Timeouts;
import vn.lienthong.connectors.spi.TransportType;

/** Transport failures are transient and name the partner's endpoint, whichever transport met them. */
class TransportFailuresTest {

    private final ConnectorDefinition connector = new ConnectorDefinition("phong-gddt-thach-ha", "Phòng GD&ĐT Thạch Hà",
            List.of("000.20.31.H53"), TransportType.of("rest"), URI.create("http://127.0.0.1:9001/edoc"), null,
            RetryPolicy.DEFAULT, SignatureVerifyMode.DEFAULT, false, Timeouts.DEFAULT, 4, null, null);

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void aNetworkErrorNamesTheEndpointAndTheCause() {
        DeliveryOutcome outcome = TransportFailures.networkError(connector, new ConnectException("Connection refused"));

        assertThat(outcome.result()).isEqualTo(DeliveryOutcome.Result.TRANSIENT_FAILURE);
        assertThat(outcome.detail())
                .isEqualTo("network error reaching http://127.0.0.1:9001/edoc: ConnectException: Connection refused");
    }

    @Test
    void noAnswerNamesTheReadTimeout() {
        assertThat(TransportFailures.noAnswer(connector).detail())
                .isEqualTo("no answer from http://127.0.0.1:9001/edoc within PT30S");
    }

    @Test
    void anAttemptMapsEachFailureOnceForEveryHttpTransport() {
        DeliveryOutcome accepted = DeliveryOutcome.accepted(200, "đã nhận");

        assertThat(TransportFailures.attempt(connector, () -> accepted)).isSameAs(accepted);
        assertThat(TransportFailures.attempt(connector, () -> {
            throw new HttpTimeoutException("request timed out");
        }).detail()).isEqualTo("no answer from http://127.0.0.1:9001/edoc within PT30S");
        assertThat(TransportFailures.attempt(connector, () -> {
            throw new ConnectException("Connection refused");
        }).detail()).isEqualTo("network error reaching http://127.0.0.1:9001/edoc: ConnectException: Connection refused");
        assertThat(TransportFailures.attempt(connector, () -> {
            throw new InterruptedException();
        }).result()).isEqualTo(DeliveryOutcome.Result.TRANSIENT_FAILURE);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void anInterruptedSendKeepsTheInterruptFlag() {
        DeliveryOutcome outcome = TransportFailures.interrupted();

        assertThat(outcome.result()).isEqualTo(DeliveryOutcome.Result.TRANSIENT_FAILURE);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }
}
