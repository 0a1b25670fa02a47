package vn.lienthong.gateway.scaleout;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import vn.lienthong.gateway.support.SamplePackages;

/**
 * A standalone Artemis broker, as production runs one: an instance created with the distribution's own
 * {@code artemis create}, given the gateway's address settings in its {@code broker.xml}, run as a child process.
 * The distribution is unpacked by the build (maven-dependency-plugin) where {@code lienthong.test.artemis-home}
 * says.
 */
final class StandaloneArtemisBroker implements AutoCloseable {

    static final String USER = "lienthong";
    /** Test-only credentials of a broker that listens on loopback for the length of one test. */
    static final String PASSWORD = "mat-khau-thu-nghiem";

    private final Process process;
    private final int port;

    private StandaloneArtemisBroker(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Creates a broker instance under {@code instanceDir}, starts it and returns once its acceptor answers. */
    static StandaloneArtemisBroker start(Path instanceDir, Path log) throws IOException, InterruptedException {
        Path home = artemisHome();
        int port = freePort();
        run(home.resolve("bin/artemis"), log, "create", "--silent", "--force", "--user", USER, "--password", PASSWORD,
                "--require-login", "--host", "127.0.0.1", "--default-port", String.valueOf(port), "--no-web",
                "--no-amqp-acceptor", "--no-mqtt-acceptor", "--no-stomp-acceptor", "--no-hornetq-acceptor",
                "--no-autotune", "--nio", "--java-memory", "512M", instanceDir.toString());
        addGatewayAddressSettings(instanceDir.resolve("etc/broker.xml"));
        Process broker = processBuilder(log, instanceDir.resolve("bin/artemis").toString(), "run").start();
        StandaloneArtemisBroker started = new StandaloneArtemisBroker(broker, port);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .failFast("the broker process exited during start-up", () -> !broker.isAlive())
                .until(started::acceptsConnections);
        return started;
    }

    String url() {
        return "tcp://127.0.0.1:" + port;
    }

    /** The snippet the README gives operators, inserted where broker.xml's own address settings end. */
    private static void addGatewayAddressSettings(Path brokerXml) throws IOException {
        String xml = Files.readString(brokerXml, StandardCharsets.UTF_8);
        String settings = new String(SamplePackages.load("scaleout/dispatch-address-settings.xml"),
                StandardCharsets.UTF_8);
        if (!xml.contains("</address-settings>")) {
            throw new IllegalStateException(brokerXml + " has no </address-settings> to extend");
        }
        Files.writeString(brokerXml, xml.replace("</address-settings>", settings + "</address-settings>"),
                StandardCharsets.UTF_8);
    }

    private boolean acceptsConnections() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void run(Path artemis, Path log, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(artemis.toString()));
        command.addAll(List.of(args));
        Process create = processBuilder(log, command.toArray(String[]::new)).start();
        if (!create.waitFor(2, TimeUnit.MINUTES) || create.exitValue() != 0) {
            create.destroyForcibly();
            throw new IllegalStateException("artemis " + args[0] + " failed; see " + log.toAbsolutePath());
        }
    }

    private static ProcessBuilder processBuilder(Path log, String... command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // The broker runs on the JDK that runs the tests; its scripts look for JAVA_HOME.
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return builder;
    }

    private static Path artemisHome() {
        String home = System.getProperty("lienthong.test.artemis-home");
        if (home == null || !Files.isExecutable(Path.of(home, "bin", "artemis"))) {
            throw new IllegalStateException("lienthong.test.artemis-home (" + home + ") holds no Artemis distribution:"
                    + " run the ITs through Maven (pre-integration-test unpacks org.apache.artemis:apache-artemis)");
        }
        return Path.of(home);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Stops the broker as its service script would (SIGTERM, a clean shutdown), forcibly if it hangs. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
