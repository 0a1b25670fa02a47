package vn.lienthong.signatures.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A JDK HTTP server on 127.0.0.1 and a free port, serving fixed handlers and counting the requests per path. */
public final class LoopbackServer implements AutoCloseable {

    /** Produces the response body for one request. */
    @FunctionalInterface
    public interface Responder {
        byte[] respond(byte[] requestBody) throws Exception;
    }

    private final HttpServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    public LoopbackServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.start();
    }

    /** Answers requests to {@code path} with 200 and the responder's body as {@code contentType}. */
    public LoopbackServer serve(String path, String contentType, Responder responder) {
        hits.put(path, new AtomicInteger());
        server.createContext(path, exchange -> handle(exchange, path, contentType, responder));
        return this;
    }

    /** The URL of {@code path} on this server. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** How many requests {@code path} has received. */
    public int hits(String path) {
        return hits.get(path).get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A URL on 127.0.0.1 where nothing listens: a port this process bound and released again. */
    public static String deadUrl(String path) {
        LoopbackServer server = new LoopbackServer();
        String url = server.url(path);
        server.close();
        return url;
    }

    private void handle(HttpExchange exchange, String path, String contentType, Responder responder)
            throws IOException {
        try (exchange) {
            hits.get(path).incrementAndGet();
            byte[] body;
            try {
                body = responder.respond(exchange.getRequestBody().readAllBytes());
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }
}
