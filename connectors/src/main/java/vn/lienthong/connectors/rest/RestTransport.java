package vn.lienthong.connectors.rest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import vn.lienthong.connectors.dispatch.ConnectorClients;
import vn.lienthong.connectors.spi.DeliveryOutcome;
import vn.lienthong.connectors.dispatch.DispatchHeaders;
import vn.lienthong.connectors.dispatch.HttpCallDeadline;
import vn.lienthong.connectors.spi.OutboundDelivery;
import vn.lienthong.connectors.spi.Transport;
import vn.lienthong.connectors.dispatch.TransportFailures;
import vn.lienthong.connectors.spi.ConnectorDefinition;

/**
 * The {@code rest} transport of ARCHITECTURE.md: {@code POST {endpoint}} with the package as
 * {@code application/xml; charset=UTF-8} and the stable message id header.
 */
public class RestTransport implements Transport {

    private static final int MAX_DETAIL = 500;

    /** One client per connector, because each connector sets its own connect timeout. */
    private final ConnectorClients<HttpClient> clients = new ConnectorClients<>(connector -> HttpClient.newBuilder()
            .connectTimeout(connector.timeouts().connect())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build());

    @Override
    public DeliveryOutcome send(ConnectorDefinition connector, OutboundDelivery delivery) {
        HttpRequest request = HttpRequest.newBuilder(connector.endpoint())
                .timeout(connector.timeouts().read())
                .header("Content-Type", "application/xml; charset=UTF-8")
                .header(DispatchHeaders.MESSAGE_ID_HTTP_HEADER, delivery.deliveryId())
                .POST(body(delivery.packageBytes()))
                .build();
        return TransportFailures.attempt(connector, () -> {
            HttpResponse<String> response = HttpCallDeadline.send(clientFor(connector), request,
                    HttpResponse.BodyHandlers.ofString(), connector.timeouts());
            return RestStatusClassifier.classify(response.statusCode(), abbreviate(response.body()));
        });
    }

    /**
     * The package read from its array as the request goes out, with its length: ofByteArray would copy a 50 MB
     * package into buffers once more before sending.
     */
    private static HttpRequest.BodyPublisher body(byte[] bytes) {
        return HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)), bytes.length);
    }

    private HttpClient clientFor(ConnectorDefinition connector) {
        return clients.clientFor(connector);
    }

    private static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        return body.length() <= MAX_DETAIL ? body : body.substring(0, MAX_DETAIL) + "…";
    }
}
