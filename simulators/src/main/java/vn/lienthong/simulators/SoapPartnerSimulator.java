package vn.lienthong.simulators;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * A partner e-office that offers the document service's {@code SendDocument} over SOAP 1.1 on loopback, records
 * what it received, and can be switched to answer with a Client fault, a Server fault or HTTP 503.
 */
public class SoapPartnerSimulator implements AutoCloseable {

    /** How the simulator answers the next calls. */
    public enum Mode { ACCEPT, CLIENT_FAULT, SERVER_FAULT, UNAVAILABLE }

    private static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String SERVICE_NS = "urn:lienthong:soap:documents:1";

    private final HttpServer server;
    private final List<ReceivedSoapPackage> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile Mode mode = Mode.ACCEPT;
    private volatile Consumer<ReceivedSoapPackage> listener = p -> { };

    private SoapPartnerSimulator(HttpServer server) {
        this.server = server;
    }

    /** Starts on 127.0.0.1 at the given port (0 picks a free one) under the path {@code /soap/documents}. */
    public static SoapPartnerSimulator start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        SoapPartnerSimulator simulator = new SoapPartnerSimulator(server);
        server.createContext("/soap/documents", simulator::handle);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
        return simulator;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/soap/documents";
    }

    public void answer(Mode mode) {
        this.mode = mode;
    }

    /** Called for every package accepted, after it is recorded (e.g. to hand it to a clerk). */
    public void onReceive(Consumer<ReceivedSoapPackage> listener) {
        this.listener = listener;
    }

    /** Packages accepted so far. */
    public List<ReceivedSoapPackage> received() {
        return List.copyOf(received);
    }

    /** Every call, whatever it was answered. */
    public int callCount() {
        return calls.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            calls.incrementAndGet();
            Mode now = mode;
            if (now == Mode.UNAVAILABLE) {
                reply(exchange, 503, "text/plain; charset=UTF-8", "Hệ thống đang bảo trì");
                return;
            }
            if (now != Mode.ACCEPT) {
                reply(exchange, 500, "text/xml; charset=UTF-8", fault(now == Mode.CLIENT_FAULT ? "soap:Client" : "soap:Server",
                        now == Mode.CLIENT_FAULT ? "Văn bản không hợp lệ: thiếu trích yếu" : "Lỗi máy chủ nội bộ"));
                return;
            }
            Document envelope = parse(body);
            ReceivedSoapPackage accepted = new ReceivedSoapPackage(text(envelope, "MessageId"),
                    exchange.getRequestHeaders().getFirst("X-Lienthong-Message-Id"),
                    Base64.getMimeDecoder().decode(text(envelope, "package")), Instant.now());
            received.add(accepted);
            reply(exchange, 200, "text/xml; charset=UTF-8", """
                    <soap:Envelope xmlns:soap="%s"><soap:Body>
                    <SendDocumentResponse xmlns="%s"><id>%s</id><status>RECEIVED</status><duplicate>false</duplicate>\
                    </SendDocumentResponse></soap:Body></soap:Envelope>""".formatted(SOAP_NS, SERVICE_NS, UUID.randomUUID()));
            listener.accept(accepted);
        } catch (Exception e) {
            reply(exchange, 500, "text/xml; charset=UTF-8", fault("soap:Client", "cannot read the request: " + e));
        }
    }

    private static Document parse(byte[] body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    private static String text(Document document, String localName) {
        NodeList nodes = document.getElementsByTagNameNS(SERVICE_NS, localName);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
    }

    private static String fault(String code, String message) {
        return """
                <soap:Envelope xmlns:soap="%s"><soap:Body><soap:Fault>\
                <faultcode>%s</faultcode><faultstring>%s</faultstring></soap:Fault></soap:Body></soap:Envelope>"""
                .formatted(SOAP_NS, code, message.replace("&", "&amp;").replace("<", "&lt;"));
    }

    private static void reply(HttpExchange exchange, int status, String contentType, String text) throws IOException {
        byte[] answer = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }
}
