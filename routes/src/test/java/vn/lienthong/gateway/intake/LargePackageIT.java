package vn.lienthong.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.lienthong.gateway.security.demo.DemoCredentialsGuard;
import vn.lienthong.gateway.store.PackageDigest;
import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.LargePackages;
import vn.lienthong.gateway.support.SamplePki;
import vn.lienthong.gateway.support.SignedPackages;
import vn.lienthong.simulators.GatewayProcess;
import vn.lienthong.simulators.RestPartnerSimulator;

/**
 * The gateway as its own process with a 512 MB heap accepts, stores, signs and delivers 50 MB packages, one alone
 * and several at once, byte-exact; a package over the limit is refused and leaves no spool file behind.
 */
class LargePackageIT {

    /** About 38 MB of PDF, base64 in 76-character lines: a package of about 52 MB, just under the 50 MB limit. */
    private static final long ATTACHMENT_BYTES = 38_000_000;
    private static final Pattern GC_HEAP = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    /** What each partner received, by the delivery id it came with. */
    private static final Map<String, byte[]> receivedByDeliveryId = new ConcurrentHashMap<>();
    private static RestPartnerSimulator department;
    private static RestPartnerSimulator district;
    private static RestPartnerSimulator ministry;
    private static Path work;
    private static Path dataDir;
    private static Path gcLog;
    private static GatewayProcess gateway;

    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        department = RestPartnerSimulator.start(0);
        district = RestPartnerSimulator.start(0);
        ministry = RestPartnerSimulator.start(0);
        for (RestPartnerSimulator partner : List.of(district, ministry)) {
            // Answered at once and checked later, so the partner is as quick as a real one.
            partner.keepNothing();
            partner.onReceive(received -> receivedByDeliveryId.put(received.messageId(), received.body()));
        }
        work = Files.createDirectories(Path.of("target", "large-package-it")).toAbsolutePath();
        dataDir = Files.createTempDirectory(work, "data");
        Path connectorsDir = Files.createTempDirectory(work, "connectors");
        String retry = "{ max-attempts: 5, initial-delay: 1s, multiplier: 2.0, max-delay: 10s }";
        ConnectorFiles.write(connectorsDir, "so-gddt-ha-tinh", "Sở GD&ĐT Hà Tĩnh", "000.00.13.H53",
                department.endpoint(), ConnectorFiles.DEPARTMENT_KEY, retry);
        for (Path file : List.of(
                ConnectorFiles.write(connectorsDir, "phong-gddt-thach-ha", "Phòng GD&ĐT Thạch Hà", "000.20.31.H53",
                        district.endpoint(), ConnectorFiles.DISTRICT_KEY, retry),
                ConnectorFiles.write(connectorsDir, "bo-gddt", "Bộ GD&ĐT", "000.00.00.G03",
                        ministry.endpoint(), ConnectorFiles.MINISTRY_KEY, retry))) {
            // A partner that takes 50 MB packages is given time to read one, as its connector file would say.
            Files.writeString(file, Files.readString(file).replace("read: 5s", "read: 60s"));
        }
        gcLog = work.resolve("gc.log");
        Files.deleteIfExists(gcLog);
        Path log = work.resolve("gateway.log");
        Files.deleteIfExists(log);
        gateway = GatewayProcess.start(List.of("-Xmx512m", "-Xlog:gc:file=" + gcLog.toAbsolutePath()), dataDir,
                connectorsDir, log,
                // The signing key is the committed test PKI's, which the gateway accepts in the demo profile only.
                "--spring.profiles.active=" + DemoCredentialsGuard.DEMO_PROFILE,
                "--lienthong.signing.keys[0].agency=000.00.13.H53",
                "--lienthong.signing.keys[0].keystore=" + SamplePki.file("orgs/so-gddt-ha-tinh.p12").toAbsolutePath(),
                "--lienthong.signing.keys[0].password=" + SamplePki.PASSWORD);
    }

    @AfterAll
    static void stop() throws IOException {
        if (gateway != null) {
            gateway.close();
        }
        department.close();
        district.close();
        ministry.close();
        long[] heap = heapFigures();
        System.out.printf("large packages: heap limit 512 MB; peak occupancy before a collection %d MB; largest heap "
                + "still in use after a full collection %d MB; %d full collections%n", heap[0], heap[1], heap[2]);
    }

    @Test
    void aFiftyMegabytePackageIsAcceptedSignedStoredAndDeliveredByteExact() throws Exception {
        LargePackages.Generated pkg = LargePackages.write(work.resolve("large-9101.xml"), 9101, ATTACHMENT_BYTES);
        assertThat(pkg.size()).isBetween(50_000_000L, 50L * 1024 * 1024);

        String id = accepted(post(pkg.file()));

        awaitDelivered(id);
        String originalSha256 = PackageDigest.sha256Hex(Files.readAllBytes(pkg.file()));
        for (String deliveryId : deliveryIds(id)) {
            byte[] received = receivedByDeliveryId.remove(deliveryId);
            assertThat(LargePackages.attachmentSha256(received)).isEqualTo(pkg.attachmentSha256());
            assertThat(PackageDigest.sha256Hex(SignedPackages.withoutGatewayAdditions(received)))
                    .isEqualTo(originalSha256);
            assertThat(SignedPackages.text(received)).contains("SignatureValue");
        }
        String received = view(id, "$.history[0].detail");
        assertThat(received).contains(pkg.size() + " bytes, sha256 " + originalSha256);
        assertThat(spoolFiles()).isEmpty();
    }

    @Test
    void severalFiftyMegabytePackagesAtOnceAreAllDelivered() throws Exception {
        List<LargePackages.Generated> packages = new ArrayList<>();
        for (int number = 9201; number <= 9203; number++) {
            packages.add(LargePackages.write(work.resolve("large-" + number + ".xml"), number, ATTACHMENT_BYTES));
        }

        List<CompletableFuture<HttpResponse<String>>> posts = packages.stream()
                .map(pkg -> CompletableFuture.supplyAsync(() -> post(pkg.file()))).toList();
        List<String> ids = posts.stream().map(CompletableFuture::join).map(LargePackageIT::accepted).toList();

        for (int i = 0; i < ids.size(); i++) {
            awaitDelivered(ids.get(i));
            for (String deliveryId : deliveryIds(ids.get(i))) {
                assertThat(LargePackages.attachmentSha256(receivedByDeliveryId.remove(deliveryId)))
                        .isEqualTo(packages.get(i).attachmentSha256());
            }
        }
        assertThat(Files.readString(work.resolve("gateway.log"))).doesNotContain("OutOfMemoryError");
    }

    @Test
    void aPackageOverTheLimitIsRefusedWith413AndLeavesNoSpoolFile() throws Exception {
        // Just over the limit, sent chunked: no Content-Length tells the gateway beforehand, the spool must stop.
        LargePackages.Generated pkg = LargePackages.write(work.resolve("too-large.xml"), 9301, 38_400_000);
        assertThat(pkg.size()).isGreaterThan(50L * 1024 * 1024);

        HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofInputStream(() -> open(pkg.file())));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(spoolFiles()).isEmpty();
    }

    private HttpResponse<String> post(Path file) {
        try {
            return post(HttpRequest.BodyPublishers.ofFile(file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> post(HttpRequest.BodyPublisher body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/api/v1/documents"))
                    .header("X-API-Key", ConnectorFiles.DEPARTMENT_KEY)
                    .header("Content-Type", "application/xml")
                    .timeout(Duration.ofMinutes(3))
                    .POST(body)
                    .build();
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String accepted(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return JsonPath.read(response.body(), "$.id");
    }

    private void awaitDelivered(String id) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> "DELIVERED".equals(view(id, "$.state")));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> deliveryIds(id).stream().allMatch(receivedByDeliveryId::containsKey));
    }

    private List<String> deliveryIds(String id) throws Exception {
        return JsonPath.read(view(id), "$.recipients[*].deliveryId");
    }

    private <T> T view(String id, String path) throws Exception {
        return JsonPath.read(view(id), path);
    }

    private String view(String id) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/api/v1/documents/" + id))
                .header("X-API-Key", ConnectorFiles.DEPARTMENT_KEY).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static List<Path> spoolFiles() throws IOException {
        Path spool = dataDir.resolve("spool");
        if (!Files.isDirectory(spool)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(spool)) {
            return files.toList();
        }
    }

    /**
     * From the GC log: the largest heap occupancy a collection started from (G1 fills what it is given before it
     * collects), the largest still in use after a full collection (what the gateway really held), and how many full
     * collections there were.
     */
    private static long[] heapFigures() throws IOException {
        long[] figures = {0, 0, 0};
        if (!Files.exists(gcLog)) {
            return figures;
        }
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = GC_HEAP.matcher(line);
            if (m.find()) {
                figures[0] = Math.max(figures[0], Long.parseLong(m.group(1)));
                if (line.contains("Pause Full")) {
                    figures[1] = Math.max(figures[1], Long.parseLong(m.group(2)));
                    figures[2]++;
                }
            }
        }
        return figures;
    }
}
