package vn.lienthong.simulators;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The gateway as a separate operating-system process, started from the built jar, so that a test can kill -9 it
 * and a benchmark measures it as partners see it.
 */
public final class GatewayProcess implements AutoCloseable {

    /** Where the build puts the jar, seen from the repository root or from a module directory. */
    private static final Path JAR = locateJar();

    private final Process process;
    private final int port;

    private GatewayProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the gateway on a free port and returns once its health endpoint answers. */
    public static GatewayProcess start(Path dataDir, Path connectorsDir, Path log, String... extraArgs)
            throws IOException {
        return start(List.of("-Xmx512m"), dataDir, connectorsDir, log, extraArgs);
    }

    /** The same with the JVM options given, e.g. a heap limit to measure. */
    public static GatewayProcess start(List<String> jvmOptions, Path dataDir, Path connectorsDir, Path log,
                                       String... extraArgs) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run the package phase first");
        }
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString(),
                "--server.port=" + port,
                "--lienthong.data-dir=" + dataDir,
                "--lienthong.connectors-dir=" + connectorsDir));
        command.addAll(List.of(extraArgs));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        GatewayProcess gateway = new GatewayProcess(process, port);
        try {
            gateway.awaitHealthy();
        } catch (RuntimeException notHealthy) {
            // The caller never gets a handle to close: a gateway left running would hold its ports and its data.
            process.destroyForcibly();
            throw notHealthy;
        }
        return gateway;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL: no shutdown hook, no flush, exactly what a power cut or the OOM killer does. */
    public void kill() {
        process.destroyForcibly();
        await().atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            await().atMost(Duration.ofSeconds(60)).until(() -> !process.isAlive());
        }
    }

    private void awaitHealthy() {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).build();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .failFast("the gateway process exited during start-up", () -> !process.isAlive())
                .until(() -> client.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
    }

    public long pid() {
        return process.pid();
    }

    private static Path locateJar() {
        Path fromModule = Path.of("..", "routes", "target", "lienthong-gateway.jar");
        Path fromRoot = Path.of("routes", "target", "lienthong-gateway.jar");
        Path fromRoutes = Path.of("target", "lienthong-gateway.jar");
        return Files.isRegularFile(fromRoutes) ? fromRoutes : Files.isRegularFile(fromRoot) ? fromRoot : fromModule;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
