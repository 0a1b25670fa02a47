package vn.lienthong.simulators;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP proxy in front of a partner simulator that plays a partner whose server hangs: it accepts the
 * connection and never answers, or passes the request on and then stalls the answer right after its headers.
 * Switched to {@link Mode#PASS} it relays both ways, so the partner "recovers" without the gateway's connector
 * file changing. The mode is taken when a connection is accepted.
 */
public final class StallingProxy implements AutoCloseable {

    /** What a newly accepted connection gets. */
    public enum Mode {
        /** Accepts the connection and reads the request, never sends a byte back. */
        SILENT,
        /** Forwards the request, relays the answer's status line and headers and one byte of body, then stalls. */
        HEADERS_THEN_STALL,
        /** Relays everything both ways. */
        PASS
    }

    private static final byte[] END_OF_HEADERS = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket server;
    private final InetSocketAddress target;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger stalledConnections = new AtomicInteger();
    private volatile Mode mode;

    private StallingProxy(ServerSocket server, InetSocketAddress target, Mode mode) {
        this.server = server;
        this.target = target;
        this.mode = mode;
    }

    /** Starts on a free loopback port in front of {@code targetEndpoint} (only its host and port are used). */
    public static StallingProxy start(String targetEndpoint, Mode mode) throws IOException {
        URI uri = URI.create(targetEndpoint);
        ServerSocket server = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
        StallingProxy proxy = new StallingProxy(server, new InetSocketAddress(uri.getHost(), uri.getPort()), mode);
        proxy.threads.submit(proxy::acceptLoop);
        return proxy;
    }

    /** {@code targetEndpoint} with its port replaced by this proxy's. */
    public String endpointFor(String targetEndpoint) {
        URI uri = URI.create(targetEndpoint);
        return uri.getScheme() + "://127.0.0.1:" + server.getLocalPort() + uri.getRawPath();
    }

    /** Switches mode and drops the open connections, so a client's pooled connection cannot carry the old one on. */
    public void mode(Mode mode) {
        this.mode = mode;
        closeOpenConnections();
    }

    /** Connections accepted in {@link Mode#SILENT} or {@link Mode#HEADERS_THEN_STALL} so far. */
    public int stalledConnections() {
        return stalledConnections.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                open.add(client);
                Mode accepted = mode;
                if (accepted != Mode.PASS) {
                    stalledConnections.incrementAndGet();
                }
                threads.submit(() -> serve(client, accepted));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client, Mode accepted) {
        try (client) {
            if (accepted == Mode.SILENT) {
                drain(client.getInputStream());
                return;
            }
            try (Socket upstream = new Socket(target.getAddress(), target.getPort())) {
                open.add(upstream);
                threads.submit(() -> relay(client, upstream));
                if (accepted == Mode.PASS) {
                    upstream.getInputStream().transferTo(client.getOutputStream());
                } else {
                    relayHeadersThenStall(upstream.getInputStream(), client.getOutputStream());
                }
            }
        } catch (IOException connectionClosed) {
            // The gateway gave up on the call or the proxy closed: nothing more to relay.
        } finally {
            open.remove(client);
        }
    }

    /** Copies one direction; when that side has finished, tells the other so it closes its end too. */
    private static void relay(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
            to.shutdownOutput();
        } catch (IOException connectionClosed) {
            // Either side went away; the other direction notices on its own.
        }
    }

    /** Passes bytes on up to the end of the headers plus one, then keeps reading the rest without passing it. */
    private static void relayHeadersThenStall(InputStream upstream, OutputStream client) throws IOException {
        int matched = 0;
        int b;
        while ((b = upstream.read()) != -1) {
            client.write(b);
            matched = b == END_OF_HEADERS[matched] ? matched + 1 : (b == END_OF_HEADERS[0] ? 1 : 0);
            if (matched == END_OF_HEADERS.length) {
                int firstBodyByte = upstream.read();
                if (firstBodyByte != -1) {
                    client.write(firstBodyByte);
                }
                client.flush();
                drain(upstream);
                return;
            }
        }
    }

    /** Reads until the peer closes, so the connection stays open and silent. */
    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        while (in.read(buffer) != -1) {
            // discarded on purpose
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // already closed
        }
        closeOpenConnections();
        threads.shutdownNow();
    }

    private void closeOpenConnections() {
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already closed
            }
            open.remove(socket);
        }
    }
}
