package vn.lienthong.gateway.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.SamplePackages;
import vn.lienthong.simulators.GatewayProcess;
import vn.lienthong.simulators.ReceivedPackage;
import vn.lienthong.simulators.RestPartnerSimulator;

/**
 * Kills the gateway process with SIGKILL while packages are being accepted and delivered, starts it again on
 * the same data directory, and shows that every accepted package reaches every recipient.
 */
class CrashRecoveryIT {

    private static final String DEPARTMENT_KEY = ConnectorFiles.DEPARTMENT_KEY;

    private static RestPartnerSimulator department;
    private static RestPartnerSimulator district;
    private static RestPartnerSimulator ministry;
    private static Path dataDir;
    private static Path connectorsDir;
    private static Path log;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private final AtomicInteger sent = new AtomicInteger();

    @BeforeAll
    static void partners() throws IOException {
        department = RestPartnerSimulator.start(0);
        district = RestPartnerSimulator.start(0);
        ministry = RestPartnerSimulator.start(0);
        // Slow partners keep deliveries in flight when the process is killed.
        district.respondAfter(Duration.ofMillis(100));
        ministry.respondAfter(Duration.ofMillis(100));
        dataDir = Files.createTempDirectory("lienthong-crash-data");
        connectorsDir = Files.createTempDirectory("lienthong-crash-connectors");
        log = Path.of("target", "crash-recovery-it.log");
        Files.deleteIfExists(log);
        String retry = "{ max-attempts: 20, initial-delay: 200ms, multiplier: 1.5, max-delay: 2s }";
        ConnectorFiles.write(connectorsDir, "so-gddt-ha-tinh", "Sở GD&ĐT Hà Tĩnh", "000.00.13.H53",
                department.endpoint(), DEPARTMENT_KEY, retry);
        ConnectorFiles.write(connectorsDir, "phong-gddt-thach-ha", "Phòng GD&ĐT Thạch Hà", "000.20.31.H53",
                district.endpoint(), ConnectorFiles.DISTRICT_KEY, retry);
        ConnectorFiles.write(connectorsDir, "bo-gddt", "Bộ GD&ĐT", "000.00.00.G03",
                ministry.endpoint(), ConnectorFiles.MINISTRY_KEY, retry);
    }

    @AfterAll
    static void stopPartners() {
        department.close();
        district.close();
        ministry.close();
    }

    @Test
    void everyAcceptedPackageIsDeliveredAfterKillNineRestarts() throws Exception {
        int firstNumber = 1000;
        GatewayProcess gateway = GatewayProcess.start(dataDir, connectorsDir, log);
        // Round 1: killed while packages are still being posted and delivered.
        postInBackgroundUntilKilled(gateway, firstNumber, 400, 120);
        gateway = GatewayProcess.start(dataDir, connectorsDir, log);
        // Round 2: killed straight after a burst, with most deliveries still queued or in flight.
        postInBackgroundUntilKilled(gateway, firstNumber + 400, 300, 250);
        long pendingAtLastKill = unfinishedDeliveries();

        Set<String> deliveryIdsOfAccepted = ConcurrentHashMap.newKeySet();
        try (GatewayProcess restarted = GatewayProcess.start(dataDir, connectorsDir, log)) {
            Set<String> confirmed = ConcurrentHashMap.newKeySet();
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                for (String id : accepted) {
                    if (!confirmed.contains(id) && "DELIVERED".equals(JsonPath.read(view(restarted, id), "$.state"))) {
                        confirmed.add(id);
                        List<String> deliveryIds = JsonPath.read(view(restarted, id), "$.recipients[*].deliveryId");
                        deliveryIdsOfAccepted.addAll(deliveryIds);
                    }
                }
                return confirmed.size() == accepted.size();
            });
        }

        Map<String, Long> receivedPerDeliveryId = allReceived().stream()
                .collect(Collectors.groupingBy(ReceivedPackage::messageId, Collectors.counting()));
        long duplicates = receivedPerDeliveryId.values().stream().mapToLong(n -> n - 1).sum();
        long lost = deliveryIdsOfAccepted.stream().filter(id -> !receivedPerDeliveryId.containsKey(id)).count();
        System.out.printf("crash recovery: sent=%d accepted=%d deliveries expected=%d received=%d "
                        + "pending at the last kill=%d duplicates=%d lost=%d%n",
                sent.get(), accepted.size(), deliveryIdsOfAccepted.size(), receivedPerDeliveryId.size(),
                pendingAtLastKill, duplicates, lost);
        assertThat(accepted).hasSizeGreaterThan(200);
        assertThat(deliveryIdsOfAccepted).hasSize(2 * accepted.size());
        assertThat(pendingAtLastKill).as("deliveries still pending when the process was killed").isPositive();
        assertThat(lost).isZero();
    }

    /** Posts {@code count} documents from four threads and kills the gateway once {@code killAfter} are accepted. */
    private void postInBackgroundUntilKilled(GatewayProcess gateway, int firstNumber, int count, int killAfter)
            throws InterruptedException {
        int acceptedBefore = accepted.size();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService posters = Executors.newFixedThreadPool(4);
        for (int i = 0; i < count; i++) {
            int number = firstNumber + i;
            posters.submit(() -> {
                if (!killed.get()) {
                    post(gateway, number);
                }
            });
        }
        await().atMost(Duration.ofMinutes(2)).until(() -> accepted.size() - acceptedBefore >= killAfter);
        killed.set(true);
        gateway.kill();
        posters.shutdown();
        assertThat(posters.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }

    private void post(GatewayProcess gateway, int number) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/api/v1/documents"))
                .header("Content-Type", "application/xml")
                .header("X-API-Key", DEPARTMENT_KEY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(SamplePackages.validDocumentNumbered(number)))
                .build();
        sent.incrementAndGet();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 202) {
                accepted.add(JsonPath.read(response.body(), "$.id"));
            }
        } catch (IOException e) {
            // The process was killed mid-request: not accepted, and the partner would post it again.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String view(GatewayProcess gateway, String id) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/api/v1/documents/" + id))
                .header("X-API-Key", DEPARTMENT_KEY).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", id, response.body()).isEqualTo(200);
        return response.body();
    }

    /** Read from the stopped gateway's own database file: what the restart has to finish. */
    private static long unfinishedDeliveries() throws Exception {
        String url = "jdbc:h2:file:" + dataDir.resolve("db").resolve("lienthong") + ";ACCESS_MODE_DATA=r";
        try (var connection = java.sql.DriverManager.getConnection(url, "sa", "");
             var result = connection.createStatement().executeQuery(
                     "select count(*) from deliveries where state not in ('DELIVERED', 'REJECTED', 'DEAD')")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static List<ReceivedPackage> allReceived() {
        return java.util.stream.Stream.concat(district.received().stream(), ministry.received().stream()).toList();
    }

}
