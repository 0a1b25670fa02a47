package vn.lienthong.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The distribution archive unpacked into a scratch directory and run through its own {@code bin/lienthong}, as an
 * operator installs it: nothing of the source tree is on its path.
 */
final class InstalledGateway implements AutoCloseable {

    private final Path home;
    private final Path log;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;

    private InstalledGateway(Path home, Path log, int port) {
        this.home = home;
        this.log = log;
        this.port = port;
    }

    /** Unpacks {@code archive} (with tar, which keeps the launcher executable) into {@code scratch}. */
    static InstalledGateway unpack(Path archive, Path scratch, String version) throws Exception {
        assertThat(archive).as("the distribution archive, built by mvn package").isRegularFile();
        Result untar = run(scratch, List.of("tar", "-xzf", archive.toString(), "-C", scratch.toString()), Map.of());
        assertThat(untar.exitCode()).as(untar.output()).isZero();
        return new InstalledGateway(scratch.resolve("lienthong-" + version), scratch.resolve("gateway.log"),
                freePort());
    }

    Path home() {
        return home;
    }

    Path config() {
        return home.resolve("config");
    }

    int port() {
        return port;
    }

    /** {@code bin/lienthong run} from another working directory, until its health endpoint answers. */
    void start() throws IOException {
        ProcessBuilder builder = launcher(List.of("run"));
        builder.directory(Files.createDirectories(home.getParent().resolve("elsewhere")).toFile());
        process = builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        HttpRequest health = HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(10)).build();
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .failFast("bin/lienthong run exited during start-up; see " + log, () -> !process.isAlive())
                .until(() -> http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
    }

    /** One launcher command run to its end, such as {@code version} or {@code check-connectors}. */
    Result command(String... arguments) throws Exception {
        ProcessBuilder builder = launcher(List.of(arguments)).redirectErrorStream(true);
        Process command = builder.start();
        String output = new String(command.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(command.waitFor(2, TimeUnit.MINUTES)).as("bin/lienthong " + List.of(arguments)).isTrue();
        return new Result(command.exitValue(), output);
    }

    HttpResponse<String> post(String path, byte[] body, String contentType, String apiKey) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .header("X-API-Key", apiKey).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String headerName, String headerValue) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        if (headerName != null) {
            request.header(headerName, headerValue);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> getAsAdmin(String path, String password) throws Exception {
        return get(path, "Authorization", "Basic " + Base64.getEncoder()
                .encodeToString(("admin:" + password).getBytes(StandardCharsets.ISO_8859_1)));
    }

    String log() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /** SIGTERM, as systemd stops the service; the gateway shuts down gracefully. */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** The launcher with the Java running this test and none of the caller's Lienthong or JVM settings. */
    private ProcessBuilder launcher(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/lienthong").toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("LIENTHONG_") || name.equals("JAVA_OPTS"));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return builder;
    }

    private static Result run(Path dir, List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Exit code and combined output of one command. */
    record Result(int exitCode, String output) {
    }

    /** A self-signed CA certificate in PEM made with the JDK's keytool, to stand for the trust anchors. */
    static Path selfSignedCertificate(Path dir, String subject) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Path keystore = dir.resolve("test-ca.p12");
        Path pem = dir.resolve("test-ca.pem");
        Result generated = run(dir, List.of(keytool.toString(), "-genkeypair", "-alias", "ca", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", subject, "-ext", "bc:c", "-validity", "365", "-keystore",
                keystore.toString(), "-storetype", "PKCS12", "-storepass", "test-ca-only"), Map.of());
        assertThat(generated.exitCode()).as(generated.output()).isZero();
        Result exported = run(dir, List.of(keytool.toString(), "-exportcert", "-rfc", "-alias", "ca", "-keystore",
                keystore.toString(), "-storepass", "test-ca-only", "-file", pem.toString()), Map.of());
        assertThat(exported.exitCode()).as(exported.output()).isZero();
        return pem;
    }
}
