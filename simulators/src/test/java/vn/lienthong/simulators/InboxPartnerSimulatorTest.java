package vn.lienthong.simulators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pulling partner lists, fetches and acknowledges with its key; the SOAP simulator tells its listener. */
class InboxPartnerSimulatorTest {

    private static final byte[] PACKAGE = "<edXML:MessageHeader>gói</edXML:MessageHeader>".getBytes(StandardCharsets.UTF_8);

    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final List<String> apiKeys = new CopyOnWriteArrayList<>();
    private HttpServer gateway;
    private InboxPartnerSimulator partner;

    @BeforeEach
    void startAGatewayStandIn() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
        gateway.createContext("/api/v1/inbox", this::inbox);
        gateway.start();
        partner = new InboxPartnerSimulator("khoa-nguyen-du", Duration.ofMillis(50));
    }

    private void inbox(HttpExchange exchange) throws IOException {
        try (exchange) {
            apiKeys.add(exchange.getRequestHeaders().getFirst("X-API-Key"));
            String path = exchange.getRequestURI().getPath();
            byte[] answer;
            if (path.equals("/api/v1/inbox")) {
                answer = (acknowledged.contains("d-1") ? "[]" : "[{\"id\":\"d-1\",\"kind\":\"DOCUMENT\"}]")
                        .getBytes(StandardCharsets.UTF_8);
            } else if (path.equals("/api/v1/inbox/d-1")) {
                answer = PACKAGE;
            } else if (path.equals("/api/v1/inbox/d-1/ack") && "POST".equals(exchange.getRequestMethod())) {
                acknowledged.add("d-1");
                answer = "{\"id\":\"d-1\"}".getBytes(StandardCharsets.UTF_8);
            } else {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }
    }

    @AfterEach
    void stop() {
        partner.close();
        gateway.stop(0);
    }

    @Test
    void takesEachPendingPackageOnceAndAcknowledgesIt() {
        List<byte[]> handed = new CopyOnWriteArrayList<>();
        partner.onReceive(handed::add);
        partner.connect("http://127.0.0.1:" + gateway.getAddress().getPort() + "/");

        await().atMost(Duration.ofSeconds(10)).until(() -> acknowledged.contains("d-1") && apiKeys.size() >= 5);
        assertThat(handed).singleElement().isEqualTo(PACKAGE);
        assertThat(partner.received()).singleElement().isEqualTo(PACKAGE);
        assertThat(apiKeys).containsOnly("khoa-nguyen-du");
        assertThat(partner.errors()).isEmpty();
    }

    @Test
    void theSoapSimulatorHandsEachAcceptedPackageToItsListener() throws Exception {
        try (SoapPartnerSimulator soap = SoapPartnerSimulator.start(0)) {
            List<ReceivedSoapPackage> handed = new CopyOnWriteArrayList<>();
            soap.onReceive(handed::add);
            String envelope = """
                    <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" \
                    xmlns:d="urn:lienthong:soap:documents:1"><soap:Body><d:SendDocument>\
                    <d:package>%s</d:package></d:SendDocument></soap:Body></soap:Envelope>"""
                    .formatted(Base64.getEncoder().encodeToString(PACKAGE));
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(soap.endpoint()))
                    .header("Content-Type", "text/xml; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(envelope)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(5)).until(() -> !handed.isEmpty());
            assertThat(handed).singleElement().satisfies(p -> assertThat(p.packageBytes()).isEqualTo(PACKAGE));
        }
    }
}
