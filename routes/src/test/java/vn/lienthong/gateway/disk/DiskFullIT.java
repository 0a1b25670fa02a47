package vn.lienthong.gateway.disk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.SamplePackages;
import vn.lienthong.simulators.RestPartnerSimulator;

/**
 * The gateway's data directory on a genuinely small file system (a 128 MB tmpfs; mounting needs root, as CI has,
 * and the test is skipped, saying so, where it is not permitted), filled first below intake's reserve and then to
 * the last byte: intake answers 507 and stores nothing, health is OUT_OF_SERVICE, and once space returns the same
 * process accepts and delivers again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DiskFullIT {

    private static final long MB = 1024 * 1024;
    private static final long RESERVE = 32 * MB;

    private static Path mountPoint;
    private static Path connectorsDir;
    private static RestPartnerSimulator department;
    private static RestPartnerSimulator district;
    private static RestPartnerSimulator ministry;

    @Autowired
    private TestRestTemplate http;

    @LocalManagementPort
    private int managementPort;

    @Autowired
    private JdbcClient jdbc;

    @BeforeAll
    static void smallDisk() throws Exception {
        mountPoint = Files.createTempDirectory("lienthong-small-disk");
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=128m", "tmpfs", mountPoint.toString())
                .redirectErrorStream(true).start();
        String output = new String(mount.getInputStream().readAllBytes()).strip();
        boolean mounted = mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
        Assumptions.assumeTrue(mounted, () -> "skipped: mounting a tmpfs for a small data disk is not permitted here "
                + "(needs root, as CI runs): " + output);
        department = RestPartnerSimulator.start(0);
        district = RestPartnerSimulator.start(0);
        ministry = RestPartnerSimulator.start(0);
        connectorsDir = Files.createTempDirectory("lienthong-disk-connectors");
        String retry = "{ max-attempts: 10, initial-delay: 200ms, multiplier: 2.0, max-delay: 1s }";
        ConnectorFiles.writeDepartmentDistrictMinistry(connectorsDir, department.endpoint(), district.endpoint(),
                ministry.endpoint(), retry);
    }

    @DynamicPropertySource
    static void gatewayOnTheSmallDisk(DynamicPropertyRegistry registry) {
        registry.add("lienthong.data-dir", () -> mountPoint.resolve("data").toString());
        registry.add("lienthong.connectors-dir", () -> connectorsDir.toString());
        registry.add("lienthong.intake.min-free-disk", () -> RESERVE / MB + "MB");
        registry.add("spring.artemis.embedded.server-id", () -> ThreadLocalRandom.current().nextInt(1, 1_000_000));
        // Health's components on the management port, where they need no login (and so no database).
        registry.add("management.server.port", () -> "0");
    }

    @AfterAll
    static void releaseSmallDisk() throws Exception {
        if (department != null) {
            department.close();
            district.close();
            ministry.close();
        }
        // Lazy: the gateway still holds its files open until its context closes after this class.
        new ProcessBuilder("umount", "-l", mountPoint.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
    }

    @Test
    void aFullDiskRefusesIntakeCleanlyAndTheGatewayRecoversWhenSpaceReturns() throws IOException {
        String before = accept(961);
        await().atMost(Duration.ofSeconds(30)).until(() -> "DELIVERED".equals(state(before)));
        Path ballast = mountPoint.resolve("ballast");

        fill(ballast, usable() - RESERVE * 3 / 4);
        // The guard reads the free space at most once a second, so a post just after filling may still be accepted.
        ResponseEntity<String> belowReserve = awaitRefusal(962);
        long messagesBefore = rows("messages");
        long packagesBefore = rows("packages");
        String healthBelowReserve = healthOf("dataDisk");
        fill(mountPoint.resolve("ballast-to-the-last-byte"), Long.MAX_VALUE);
        long usableWhenFull = usable();
        ResponseEntity<String> full = post(963);
        long storedWhileFull = rows("messages") - messagesBefore + rows("packages") - packagesBefore;

        Files.delete(mountPoint.resolve("ballast-to-the-last-byte"));
        Files.delete(ballast);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> post(962).getStatusCode() == HttpStatus.ACCEPTED);
        String after = accept(963);
        await().atMost(Duration.ofSeconds(60)).until(() -> "DELIVERED".equals(state(after)));
        System.out.printf("disk full: reserve=%d MB; below the reserve: %d, health %s; at %d bytes free: %d; stored "
                        + "while full=%d; after space returned: accepted and delivered, health %s%n", RESERVE / MB,
                belowReserve.getStatusCode().value(), healthBelowReserve, usableWhenFull, full.getStatusCode().value(),
                storedWhileFull, healthOf("dataDisk"));
        assertThat(belowReserve.getStatusCode()).isEqualTo(HttpStatus.INSUFFICIENT_STORAGE);
        assertThat((String) JsonPath.read(belowReserve.getBody(), "$.type"))
                .isEqualTo("urn:lienthong:problem:insufficient-storage");
        assertThat(healthBelowReserve).isEqualTo("OUT_OF_SERVICE");
        assertThat(usableWhenFull).isLessThan(MB);
        assertThat(full.getStatusCode()).isEqualTo(HttpStatus.INSUFFICIENT_STORAGE);
        assertThat(storedWhileFull).isZero();
        assertThat(healthOf("dataDisk")).isEqualTo("UP");
        assertThat(state(before)).isEqualTo("DELIVERED");
    }

    /** Writes zeros until {@code bytes} are written or the file system is full. */
    private static void fill(Path file, long bytes) throws IOException {
        byte[] chunk = new byte[(int) MB];
        long written = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            while (written < bytes) {
                int length = (int) Math.min(chunk.length, bytes - written);
                out.write(chunk, 0, length);
                written += length;
            }
        } catch (IOException noSpaceLeft) {
            if (bytes != Long.MAX_VALUE) {
                throw noSpaceLeft;
            }
        }
    }

    private static long usable() throws IOException {
        FileStore store = Files.getFileStore(mountPoint);
        return store.getUsableSpace();
    }

    /** The guard reads the disk at most once a second: the first refusal may come a moment after the fill. */
    private ResponseEntity<String> awaitRefusal(int number) {
        ResponseEntity<String>[] answer = new ResponseEntity[1];
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300)).until(() -> {
            answer[0] = post(number);
            return answer[0].getStatusCode() != HttpStatus.ACCEPTED;
        });
        return answer[0];
    }

    private String accept(int number) {
        ResponseEntity<String> answer = post(number);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        return JsonPath.read(answer.getBody(), "$.id");
    }

    private ResponseEntity<String> post(int number) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        headers.set("X-API-Key", ConnectorFiles.DEPARTMENT_KEY);
        return http.exchange("/api/v1/documents", HttpMethod.POST,
                new HttpEntity<>(SamplePackages.validDocumentNumbered(number), headers), String.class);
    }

    private String state(String id) {
        return jdbc.sql("select state from messages where id = ?").param(id).query(String.class).single();
    }

    private String healthOf(String component) {
        return JsonPath.read(http.getForEntity("http://127.0.0.1:" + managementPort + "/actuator/health", String.class)
                        .getBody(),
                "$.components." + component + ".status");
    }

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
