package vn.lienthong.gateway.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.SamplePackages;
import vn.lienthong.simulators.GatewayProcess;
import vn.lienthong.simulators.ReceivedPackage;
import vn.lienthong.simulators.RestPartnerSimulator;
import vn.lienthong.simulators.VdxpPlatformSimulator;

/**
 * Two gateway processes sharing one standalone Artemis broker and one PostgreSQL store, behind a round-robin load
 * balancer: the second starts while the first is busy, work spreads over both, the national platform is polled by
 * one at a time, and when one is killed (SIGKILL) under load the other takes over its polling and, once their
 * leases end, its attempts in flight: every accepted document is delivered, a redelivery carries the same id.
 */
class TwoInstancesScaleOutIT {

    private static final String GATEWAY_A = "gw-a";
    private static final String GATEWAY_B = "gw-b";
    private static final String GOVERNMENT_OFFICE = "000.00.00.G22";
    private static final String VDXP_SECRET = "bí-mật-vdxp-mở-rộng";
    private static final Duration LEASE = Duration.ofSeconds(8);
    private static final int FIRST_NUMBER = 7000;

    private static Path workDir;
    private static StandaloneArtemisBroker broker;
    private static SharedPostgresSchema store;
    private static RestPartnerSimulator department;
    private static RestPartnerSimulator district;
    private static RestPartnerSimulator ministry;
    private static VdxpPlatformSimulator nationalPlatform;
    private static Path connectorsDir;

    @BeforeAll
    static void brokerStoreAndPartners() throws Exception {
        workDir = Files.createTempDirectory("lienthong-scaleout");
        Files.createDirectories(Path.of("target"));
        department = RestPartnerSimulator.start(0);
        district = RestPartnerSimulator.start(0);
        ministry = RestPartnerSimulator.start(0);
        // Slow partners keep attempts in flight, so that the kill interrupts some.
        district.respondAfter(Duration.ofMillis(300));
        ministry.respondAfter(Duration.ofMillis(300));
        nationalPlatform = VdxpPlatformSimulator.start(0, ConnectorFiles.VDXP_SYSTEM_ID, VDXP_SECRET);
        // A poll slower than the poll delay: two instances polling at once would overlap at the platform.
        nationalPlatform.answerPollsAfter(Duration.ofMillis(300));
        connectorsDir = workDir.resolve("connectors");
        writeConnectors();
        store = SharedPostgresSchema.create();
        broker = StandaloneArtemisBroker.start(workDir.resolve("broker"), log("broker"));
    }

    @AfterAll
    static void stopEverything() {
        Stream.<AutoCloseable>of(broker, store, department, district, ministry, nationalPlatform).forEach(c -> {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                System.err.println("scale-out: could not close " + c + ": " + e);
            }
        });
        // The broker instance (journal included) and both data directories; the logs stay in target/.
        if (workDir != null) {
            FileSystemUtils.deleteRecursively(workDir.toFile());
        }
    }

    @Test
    void workSpreadsOverTwoInstancesAndKillingOneUnderLoadLosesNothing() throws Exception {
        Instant begin = Instant.now();
        GatewayProcess gatewayA = startGateway(GATEWAY_A);
        GatewayProcess gatewayB = null;
        var instanceA = new RoundRobinLoad.Instance(GATEWAY_A, gatewayA.baseUrl());
        try (RoundRobinLoad load = RoundRobinLoad.start(FIRST_NUMBER, Duration.ofMillis(250), instanceA)) {
            holdAtThePlatform(1, 10);
            await().atMost(Duration.ofSeconds(60)).until(() -> load.accepted().size() >= 20);
            // Started while the first is busy: its start-up must not take over the first one's attempts in flight.
            gatewayB = startGateway(GATEWAY_B);
            load.addToService(new RoundRobinLoad.Instance(GATEWAY_B, gatewayB.baseUrl()));
            await().atMost(Duration.ofSeconds(90)).until(() -> load.acceptedBy(GATEWAY_B) >= 30
                    && deliveredBy(GATEWAY_B) >= 30 && inFlightOn(GATEWAY_A).size() >= 2);

            long interruptedBeforeKill = interruptedAttempts();
            long duplicatesBeforeKill = duplicates(received());
            long deliveredByABeforeKill = deliveredBy(GATEWAY_A);
            long deliveredByBBeforeKill = deliveredBy(GATEWAY_B);
            gatewayA.kill();
            load.takeOutOfService(instanceA);
            Set<String> inFlightOnA = inFlightOn(GATEWAY_A);
            int acceptedByBAtKill = load.acceptedBy(GATEWAY_B);
            holdAtThePlatform(11, 10);

            await().atMost(Duration.ofSeconds(60)).until(() -> load.acceptedBy(GATEWAY_B) >= acceptedByBAtKill + 30);
            load.stop();
            await().atMost(Duration.ofSeconds(60)).until(load::done);
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    unfinishedDeliveries() == 0 && acknowledgedAtThePlatform() == 20);
            Duration duration = Duration.between(begin, Instant.now());

            List<ReceivedPackage> received = received();
            Map<String, Long> receivedPerId = received.stream()
                    .collect(Collectors.groupingBy(ReceivedPackage::messageId, Collectors.counting()));
            Set<String> expected = deliveriesOf(load.accepted());
            Set<String> duplicated = receivedPerId.entrySet().stream().filter(e -> e.getValue() > 1)
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
            long lost = allDeliveryIds().stream().filter(id -> !receivedPerId.containsKey(id)).count();
            System.out.printf("scale-out: sent=%d accepted=%d (by %s %d, by %s %d) deliveries=%d "
                            + "delivered by %s=%d (%d before the kill) by %s=%d (%d before the kill) "
                            + "in flight on %s at the kill=%d interrupted=%d duplicates=%d lost=%d "
                            + "platform polls=%d most at once=%d duration=%ds%n",
                    load.sent(), load.accepted().size(), GATEWAY_A, load.acceptedBy(GATEWAY_A), GATEWAY_B,
                    load.acceptedBy(GATEWAY_B), allDeliveryIds().size(), GATEWAY_A, deliveredBy(GATEWAY_A),
                    deliveredByABeforeKill, GATEWAY_B, deliveredBy(GATEWAY_B), deliveredByBBeforeKill, GATEWAY_A,
                    inFlightOnA.size(), interruptedAttempts(), duplicates(received), lost,
                    nationalPlatform.pollCount(), nationalPlatform.mostPollsAtOnce(), duration.toSeconds());

            // Work spread over both while both were up.
            assertThat(deliveredByABeforeKill).as("deliveries made by %s before the kill", GATEWAY_A).isPositive();
            assertThat(deliveredByBBeforeKill).as("deliveries made by %s before the kill", GATEWAY_B).isPositive();
            assertThat(load.acceptedBy(GATEWAY_A)).isPositive();
            // The second instance's start-up left the first one's attempts alone.
            assertThat(interruptedBeforeKill).as("attempts interrupted before the kill").isZero();
            assertThat(duplicatesBeforeKill).as("packages received twice before the kill").isZero();
            // Polled by one instance at a time, and after the kill by the survivor.
            assertThat(nationalPlatform.mostPollsAtOnce()).as("polls of the national platform at once").isEqualTo(1);
            assertThat(nationalPlatform.pollCount()).isGreaterThan(20);
            assertThat(lockHolder("inbound-vdxp-truc-quoc-gia")).isEqualTo(GATEWAY_B);
            assertThat(vdxpMessages()).as("packages polled from the platform, each taken once").isEqualTo(20);
            // Nothing lost; a redelivery only where the killed instance's attempt had an unknown outcome.
            assertThat(load.accepted()).hasSizeGreaterThan(80);
            assertThat(expected).hasSize(2 * load.accepted().size());
            assertThat(inFlightOnA).as("attempts in flight on %s when it was killed", GATEWAY_A).isNotEmpty();
            assertThat(lost).isZero();
            assertThat(receivedPerId.keySet()).containsAll(expected).containsAll(inFlightOnA);
            assertThat(duplicated).as("delivery ids received more than once").isSubsetOf(inFlightOnA);
            assertThat(Stream.of(department, district, ministry))
                    .as("no partner got one package under two ids").allMatch(p -> eachPackageUnderOneId(p.received()));
        } finally {
            if (gatewayB != null) {
                gatewayB.close();
            }
            gatewayA.close();
        }
    }

    private static GatewayProcess startGateway(String instanceId) throws IOException {
        List<String> args = new ArrayList<>(List.of(
                "--lienthong.instance-id=" + instanceId,
                "--spring.artemis.mode=native",
                "--spring.artemis.broker-url=" + broker.url(),
                "--spring.artemis.user=" + StandaloneArtemisBroker.USER,
                "--spring.artemis.password=" + StandaloneArtemisBroker.PASSWORD,
                "--lienthong.dispatch.lease=" + LEASE.toSeconds() + "s",
                "--lienthong.dispatch.sweep-interval=1s",
                "--lienthong.dispatch.sweep-grace=5s",
                "--lienthong.platform.poll-delay=100ms",
                "--lienthong.poll.lock-at-most-for=5s",
                "--lienthong.connectors-watch.enabled=false",
                "--lienthong.alerts.enabled=false",
                "--logging.structured.format.console=",
                "--IT_VDXP_SECRET=" + VDXP_SECRET));
        args.addAll(store.gatewayProperties());
        // C1 only and one GC thread: three JVMs share two cores, and start-up time matters more than peak speed.
        return GatewayProcess.start(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
                workDir.resolve("data-" + instanceId), connectorsDir, log(instanceId), args.toArray(String[]::new));
    }

    private static Path log(String name) throws IOException {
        Path log = Path.of("target", "scaleout-it-" + name + ".log");
        Files.deleteIfExists(log);
        return log;
    }

    private static void writeConnectors() throws IOException {
        String retry = "{ max-attempts: 20, initial-delay: 200ms, multiplier: 1.5, max-delay: 2s }";
        ConnectorFiles.writeDepartmentDistrictMinistry(connectorsDir, department.endpoint(), district.endpoint(),
                ministry.endpoint(), retry);
        ConnectorFiles.writeNationalPlatform(connectorsDir, GOVERNMENT_OFFICE, nationalPlatform.endpoint(), retry);
    }

    /** Documents of the Government Office to the department and the district, waiting at the national platform. */
    private static void holdAtThePlatform(int first, int count) {
        for (int n = first; n < first + count; n++) {
            String pkg = new String(SamplePackages.fromMinistryNumbered(FIRST_NUMBER - 100 + n),
                    StandardCharsets.UTF_8).replace("000.00.00.G03", GOVERNMENT_OFFICE);
            nationalPlatform.hold("vdxp-" + n, pkg.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static long acknowledgedAtThePlatform() {
        return nationalPlatform.statusUpdates().stream().filter(u -> "done".equals(u.status()))
                .map(VdxpPlatformSimulator.StatusUpdate::docId).distinct().count();
    }

    private static List<ReceivedPackage> received() {
        return Stream.of(department, district, ministry).flatMap(p -> p.received().stream()).toList();
    }

    private static long duplicates(List<ReceivedPackage> received) {
        return received.size() - received.stream().map(ReceivedPackage::messageId).distinct().count();
    }

    /** A partner drops duplicates by id: no package may reach one partner under two different ids. */
    private static boolean eachPackageUnderOneId(List<ReceivedPackage> received) {
        Map<String, Set<String>> idsPerPackage = received.stream().collect(Collectors.groupingBy(
                p -> new String(p.body(), StandardCharsets.UTF_8),
                Collectors.mapping(ReceivedPackage::messageId, Collectors.toSet())));
        return idsPerPackage.values().stream().allMatch(ids -> ids.size() == 1);
    }

    private static long deliveredBy(String instanceId) {
        return store.jdbc().sql("select count(*) from attempts where outcome = 'ACCEPTED' and instance_id = ?")
                .param(instanceId).query(Long.class).single();
    }

    private static long interruptedAttempts() {
        return store.jdbc().sql("select count(*) from attempts where outcome = 'INTERRUPTED'")
                .query(Long.class).single();
    }

    private static Set<String> inFlightOn(String instanceId) {
        return new HashSet<>(store.jdbc().sql("select id from deliveries where state = 'IN_FLIGHT' and lease_owner = ?")
                .param(instanceId).query(String.class).list());
    }

    private static long unfinishedDeliveries() {
        return store.jdbc().sql("select count(*) from deliveries where state <> 'DELIVERED'").query(Long.class).single();
    }

    private static Set<String> allDeliveryIds() {
        return new HashSet<>(store.jdbc().sql("select id from deliveries").query(String.class).list());
    }

    private static Set<String> deliveriesOf(Set<String> messageIds) {
        Set<String> all = new HashSet<>();
        for (String messageId : messageIds) {
            all.addAll(store.jdbc().sql("select id from deliveries where message_id = ?").param(messageId)
                    .query(String.class).list());
        }
        return all;
    }

    private static long vdxpMessages() {
        return store.jdbc().sql("select count(*) from messages where channel = 'VDXP'").query(Long.class).single();
    }

    private static String lockHolder(String lockName) {
        return store.jdbc().sql("select locked_by from shedlock where name = ?").param(lockName)
                .query(String.class).single();
    }
}
