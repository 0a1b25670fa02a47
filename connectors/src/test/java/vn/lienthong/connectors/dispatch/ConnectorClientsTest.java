package vn.lienthong.connectors.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.RetryPolicy;
import vn.lienthong.connectors.spi.SignatureVerifyMode;
import vn.lienthong.connectors.spi.Timeouts;
import vn.lienthong.connectors.spi.TransportType;

/** A transport's per-connector client is kept while the definition stays the same and rebuilt when a reload edits it. */
class ConnectorClientsTest {

    private final AtomicInteger built = new AtomicInteger();
    private final ConnectorClients<String> clients =
            new ConnectorClients<>(connector -> built.incrementAndGet() + " " + connector.endpoint());

    @Test
    void keepsTheClientOfAnUnchangedConnector() {
        String first = clients.clientFor(soap("http://127.0.0.1:9001/soap/documents"));
        String again = clients.clientFor(soap("http://127.0.0.1:9001/soap/documents"));

        assertThat(again).isSameAs(first);
        assertThat(built).hasValue(1);
    }

    @Test
    void rebuildsTheClientWhenTheEndpointIsEdited() {
        clients.clientFor(soap("http://127.0.0.1:9001/soap/documents"));

        assertThat(clients.clientFor(soap("http://127.0.0.1:9002/soap/documents")))
                .isEqualTo("2 http://127.0.0.1:9002/soap/documents");
    }

    @Test
    void keepsOneClientPerConnector() {
        clients.clientFor(soap("http://127.0.0.1:9001/soap/documents"));
        ConnectorDefinition other = new ConnectorDefinition("phong-gddt-can-loc", "Phòng GD&ĐT Can Lộc",
                List.of("000.20.32.H53"), TransportType.of("soap"),
                URI.create("http://127.0.0.1:9003/soap/documents"), null,
                RetryPolicy.DEFAULT, SignatureVerifyMode.DEFAULT, false, Timeouts.DEFAULT, 1, null, null);

        assertThat(clients.clientFor(other)).isEqualTo("2 http://127.0.0.1:9003/soap/documents");
        assertThat(clients.clientFor(soap("http://127.0.0.1:9001/soap/documents")))
                .isEqualTo("1 http://127.0.0.1:9001/soap/documents");
    }

    private static ConnectorDefinition soap(String endpoint) {
        return new ConnectorDefinition("phong-gddt-thach-ha", "Phòng GD&ĐT Thạch Hà", List.of("000.20.31.H53"),
                TransportType.of("soap"), URI.create(endpoint), null, RetryPolicy.DEFAULT, SignatureVerifyMode.DEFAULT,
                false, Timeouts.DEFAULT, 1, null, null);
    }
}
