package vn.lienthong.connectors.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.lienthong.connectors.spi.DeliveryOutcome;
import vn.lienthong.connectors.spi.OutboundDelivery;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.RetryPolicy;
import vn.lienthong.connectors.spi.SignatureVerifyMode;
import vn.lienthong.connectors.spi.Timeouts;
import vn.lienthong.connectors.spi.TransportType;

/**
 * A partner that answers its status line and headers and then never sends the promised body: the JDK client's
 * request timeout stops at the headers, so only the whole-call deadline (connect + read) ends the attempt.
 */
class RestTransportStalledBodyTest {

    private ServerSocket partner;
    private Thread acceptor;

    @BeforeEach
    void partnerThatStallsItsBody() throws IOException {
        partner = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            try (Socket connection = partner.accept()) {
                InputStream in = connection.getInputStream();
                in.read(new byte[64 * 1024]);
                connection.getOutputStream().write(("HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 100\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                connection.getOutputStream().flush();
                // Holds the connection open, silent, until the client gives up and closes it.
                while (in.read() != -1) {
                    continue;
                }
            } catch (IOException closed) {
                // the test is over
            }
        });
        acceptor.start();
    }

    @AfterEach
    void stop() throws IOException, InterruptedException {
        partner.close();
        acceptor.join(Duration.ofSeconds(10).toMillis());
    }

    @Test
    void aStalledBodyEndsAsATransientFailureWithinConnectPlusReadTimeouts() {
        ConnectorDefinition connector = new ConnectorDefinition("phong-gddt-huong-son", "Phòng GD&ĐT Hương Sơn",
                List.of("000.36.31.H53"), TransportType.of("rest"),
                URI.create("http://127.0.0.1:" + partner.getLocalPort() + "/edoc"), null, RetryPolicy.DEFAULT,
                SignatureVerifyMode.DEFAULT, false, new Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(1)), 1,
                null, null);
        OutboundDelivery delivery = new OutboundDelivery("d-1", "m-1", "000.00.13.H53,2026/11/20,7/CV-SGDĐT",
                connector.id(), connector.agencies(), "<edXML/>".getBytes(StandardCharsets.UTF_8), 1);

        long start = System.nanoTime();
        DeliveryOutcome outcome = new RestTransport().send(connector, delivery);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(outcome.result()).isEqualTo(DeliveryOutcome.Result.TRANSIENT_FAILURE);
        assertThat(outcome.detail()).startsWith("no answer from http://127.0.0.1:" + partner.getLocalPort());
        assertThat(took).isBetween(Duration.ofMillis(1900), Duration.ofSeconds(6));
    }
}
