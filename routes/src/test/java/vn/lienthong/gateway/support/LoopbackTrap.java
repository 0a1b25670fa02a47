package vn.lienthong.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/** An HTTP server on loopback that records every path asked of it: proof that an entity was, or was not, fetched. */
public final class LoopbackTrap {

    private final HttpServer server;
    private final List<String> requested = new CopyOnWriteArrayList<>();

    private LoopbackTrap(HttpServer server) {
        this.server = server;
    }

    public static LoopbackTrap start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            LoopbackTrap trap = new LoopbackTrap(server);
            server.createContext("/", exchange -> {
                trap.requested.add(exchange.getRequestURI().getPath());
                byte[] answer = "<!ENTITY bi-mat \"đã lộ\">".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
            return trap;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every path requested so far. */
    public List<String> requested() {
        return List.copyOf(requested);
    }
}
