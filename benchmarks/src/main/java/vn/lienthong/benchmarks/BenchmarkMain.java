package vn.lienthong.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import vn.lienthong.signatures.DocumentSigner;
import vn.lienthong.signatures.NativeCrypto;
import vn.lienthong.signatures.SigningKeys;
import vn.lienthong.simulators.GatewayProcess;
import vn.lienthong.simulators.RestPartnerSimulator;

/**
 * Starts the gateway and a receiving partner on loopback and measures, after a warm-up: (a) signed ~10 KB packages
 * at the maximum rate and then at half of it, (b) 1 MiB attachments, (c) one ~50 MB package with a 512 MiB heap;
 * then the ceilings (bare signing, bare durable broker sends) and every result as a ratio to its ceiling.
 * Usage: {@code ./lienthong benchmark [documents] [concurrency] [--jdk-crypto] [--skip-large] [--only-a | --only-b]
 *     [--dispatch-concurrency=N] [--lienthong.x=y ...] [--spring.x=y ...]}.
 */
public final class BenchmarkMain {

    private static final String DEPARTMENT_KEY = "benchmark-so-gddt";
    private static final Path KEYSTORE = Path.of("certs-sample", "orgs", "so-gddt-ha-tinh.p12");

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = Arrays.stream(args).filter(a -> a.startsWith("--")).toList();
        List<String> numbers = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        int documents = numbers.size() > 0 ? Integer.parseInt(numbers.get(0)) : 3000;
        int concurrency = numbers.size() > 1 ? Integer.parseInt(numbers.get(1)) : 16;
        boolean jdkCrypto = options.contains("--jdk-crypto");
        // Any --lienthong.* or --spring.* option goes to the gateways as it is, e.g. to compare a setting switched off
        // and on, or to measure on PostgreSQL.
        List<String> gatewayOptions = options.stream()
                .filter(o -> o.startsWith("--lienthong.") || o.startsWith("--spring.")).toList();
        // For profiling one scenario: the others are not run and are reported as such.
        boolean onlySigned = options.contains("--only-a");
        boolean onlyAttachments = options.contains("--only-b");
        int dispatchConcurrency = options.stream().filter(o -> o.startsWith("--dispatch-concurrency="))
                .map(o -> Integer.parseInt(o.substring(o.indexOf('=') + 1))).findFirst().orElse(concurrency);
        int cores = Runtime.getRuntime().availableProcessors();
        NativeCrypto.Choice crypto = NativeCrypto.install(!jdkCrypto);
        PackageFactory small = new PackageFactory(3_300);
        PackageFactory attached = new PackageFactory(1 << 20);
        System.out.printf("Lienthong benchmark: %d cores, %d documents, %d concurrent partners, package (a) %d bytes,"
                + " (b) %d bytes; signing by %s (%s)%n", cores, documents, concurrency, small.numbered(1).length,
                attached.numbered(1).length, crypto.signingProvider(), crypto.detail());

        Scenarios results;
        LargePackageRun.Outcome large = null;
        try (RestPartnerSimulator department = RestPartnerSimulator.start(0);
             RestPartnerSimulator district = RestPartnerSimulator.start(0)) {
            Path connectors = connectorsFor(department, district, dispatchConcurrency);
            results = measureLoad(district, connectors, gatewayArguments(jdkCrypto, gatewayOptions), small, attached,
                    documents, concurrency, !onlyAttachments, !onlySigned);
            if (!options.contains("--skip-large") && !onlySigned && !onlyAttachments) {
                large = LargePackageRun.run(district, connectors, extraJvmOptions(), DEPARTMENT_KEY,
                        gatewayArguments(jdkCrypto, gatewayOptions));
                System.out.println(large.passed() ? large.load().describe() : "(c) FAILED: " + large.failure());
            }
        }
        Ceilings.Figures ceilings = Ceilings.measure(signer(), small, attached, cores, !jdkCrypto && crypto.nativeInstalled());
        Floor.Figures floorSmall = Floor.measure(signer(), small.numbered(1));
        Floor.Figures floorAttached = Floor.measure(signer(), attached.numbered(1));
        report(results, large, ceilings, new Floors(floorSmall, floorAttached), cores);
    }

    /** The three load results of the gateway started for (a) and (b). */
    private record Scenarios(LoadResult signed, LoadResult halfRate, LoadResult attachments) {
    }

    private static Scenarios measureLoad(RestPartnerSimulator district, Path connectors, String[] gatewayArguments,
                                         PackageFactory small, PackageFactory attached, int documents,
                                         int concurrency, boolean runSigned, boolean runAttachments)
            throws Exception {
        LoadRunner load = new LoadRunner(district, Duration.ofMinutes(10));
        List<String> jvm = new ArrayList<>(List.of("-Xmx1g"));
        jvm.addAll(extraJvmOptions());
        try (GatewayProcess gateway = GatewayProcess.start(jvm, Files.createTempDirectory("benchmark-data"),
                connectors, Path.of("benchmarks", "target", "gateway.log"), gatewayArguments)) {
            String url = gateway.baseUrl();
            ProcessCpu cpu = new ProcessCpu(gateway.pid());
            System.out.println(load.run("warm-up", url, DEPARTMENT_KEY, small, 1, Math.max(200, documents / 5),
                    concurrency).describe());
            LoadResult signed = LoadResult.none("(a) ~10 KB, signed RSA-2048");
            LoadResult halfRate = LoadResult.none("(a) at half the max rate");
            if (runSigned) {
                Duration before = cpu.used();
                signed = load.run("(a) ~10 KB, signed RSA-2048", url, DEPARTMENT_KEY, small, 100_000, documents,
                        concurrency);
                signed = signed.withCpu(cpu.msPerDocument(before, signed.documents()));
                System.out.println(signed.describe());
            }
            if (runSigned && runAttachments) {
                double half = Math.max(1, signed.docsPerSecond() / 2);
                int halfCount = (int) Math.max(100, Math.min(documents, half * 20));
                Duration before = cpu.used();
                halfRate = load.runAtRate(String.format("(a) at half the max rate, %.0f/s", half), url,
                        DEPARTMENT_KEY, small, 300_000, halfCount, half);
                halfRate = halfRate.withCpu(cpu.msPerDocument(before, halfRate.documents()));
                System.out.println(halfRate.describe());
            }
            LoadResult attachments = LoadResult.none("(b) 1 MiB attachment, signed");
            if (runAttachments) {
                Duration before = cpu.used();
                attachments = load.run("(b) 1 MiB attachment, signed", url, DEPARTMENT_KEY, attached, 200_000,
                        Math.max(50, documents / 20), Math.min(concurrency, 8));
                attachments = attachments.withCpu(cpu.msPerDocument(before, attachments.documents()));
                System.out.println(attachments.describe());
            }
            return new Scenarios(signed, halfRate, attachments);
        }
    }

    /** The floors of (a) and (b), each of its own package. */
    private record Floors(Floor.Figures small, Floor.Figures attached) {
    }

    private static void report(Scenarios load, LargePackageRun.Outcome large, Ceilings.Figures ceilings,
                               Floors floors, int cores) {
        System.out.println();
        System.out.println(ceilings.describe(cores));
        System.out.println(floors.small().describe("(a)"));
        System.out.println(floors.attached().describe("(b)"));
        double a = load.signed().docsPerSecond();
        double b = load.attachments().docsPerSecond();
        System.out.printf("(a) is %.0f %% of bare signing and %.1f %% of bare durable sends"
                        + " (a document costs one work message to send and one to consume)%n",
                100 * a / ceilings.signingSmall(), 100 * a / ceilings.durableSends());
        System.out.printf("(b) is %.0f %% of bare signing of its package%n", 100 * b / ceilings.signingAttached());
        SummaryTable table = new SummaryTable();
        table.add("(a) ~10 KB signed, end to end", String.format("%.1f docs/s", a),
                String.format("%.0f signatures/s (%.0f %%)", ceilings.signingSmall(), 100 * a / ceilings.signingSmall()),
                ">= 300 docs/s (goal 500)", a >= 300);
        table.add("(a) gateway CPU per document", cpu(load.signed(), floors.small()),
                String.format("floor %.2f ms", floors.small().totalMs()), "<= 5 ms",
                Double.isNaN(load.signed().cpuMsPerDocument()) ? null : load.signed().cpuMsPerDocument() <= 5);
        table.add("(a) intake p50 / p99", String.format("%.1f / %.1f ms", load.signed().intakeMs(50),
                load.signed().intakeMs(99)), "", "", null);
        table.add("(a) end-to-end p50 / p99", String.format("%.1f / %.1f ms", load.signed().endToEndMs(50),
                load.signed().endToEndMs(99)), "", "p50 < 1 s", judged(load.signed().endToEndMs(50), 1000));
        table.add("(a) intake p99 at half max rate", String.format("%.1f ms (%.1f docs/s)",
                load.halfRate().intakeMs(99), load.halfRate().docsPerSecond()), "", "< 50 ms",
                judged(load.halfRate().intakeMs(99), 50));
        table.add("(a) CPU per document at half rate", cpu(load.halfRate(), floors.small()), "", "", null);
        double parseAndSign = ceilings.parseAndSignAttached();
        table.add("(b) 1 MiB attachment, end to end", String.format("%.1f docs/s", b),
                String.format("%.1f parse + sign/s (%.0f %%)", parseAndSign, 100 * b / parseAndSign),
                ">= 40 % of bare parse + sign", Double.isNaN(b) ? null : b >= 0.4 * parseAndSign);
        table.add("(b) gateway CPU per document", cpu(load.attachments(), floors.attached()),
                String.format("floor %.2f ms", floors.attached().totalMs()), "", null);
        if (large == null) {
            table.add("(c) one ~50 MB package, -Xmx512m", "skipped", "", "delivered", null);
        } else {
            String figure = large.passed()
                    ? String.format("%,d bytes delivered in %.1f s, peak heap %.0f MiB", large.packageBytes(),
                            large.load().seconds(), large.peakHeapMiB())
                    : String.format("FAILED: %s; peak heap %.0f MiB", large.failure(), large.peakHeapMiB());
            table.add("(c) one ~50 MB package, -Xmx512m", figure, "", "delivered", large.passed());
        }
        table.add("bare durable Artemis sends", String.format("%.0f /s", ceilings.durableSends()), "", "", null);
        table.print();
    }

    /** The gateway's CPU per document and its multiple of the floor. */
    private static String cpu(LoadResult result, Floor.Figures floor) {
        double ms = result.cpuMsPerDocument();
        return Double.isNaN(ms) ? "not measured"
                : String.format("%.2f ms (%.1f x floor)", ms, ms / floor.totalMs());
    }

    /** Whether a measured figure is under its limit; null when the scenario was not run. */
    private static Boolean judged(double measured, double limit) {
        return Double.isNaN(measured) ? null : measured < limit;
    }

    private static DocumentSigner signer() {
        return new DocumentSigner(SigningKeys.load("000.00.13.H53", KEYSTORE, "changeit".toCharArray(), null), true);
    }

    /** LIENTHONG_BENCHMARK_JVM_OPTS (e.g. a Flight Recorder setting to profile the run) for every gateway started. */
    private static List<String> extraJvmOptions() {
        String extra = System.getenv("LIENTHONG_BENCHMARK_JVM_OPTS");
        return extra == null || extra.isBlank() ? List.of() : List.of(extra.trim().split("\\s+"));
    }

    private static String[] gatewayArguments(boolean jdkCrypto, List<String> extra) {
        List<String> arguments = new ArrayList<>(List.of(
                "--lienthong.signing.keys[0].agency=000.00.13.H53",
                "--lienthong.signing.keys[0].keystore=" + KEYSTORE.toAbsolutePath(),
                "--lienthong.signing.keys[0].password=changeit",
                "--lienthong.signing.native-provider=" + !jdkCrypto,
                // The sample key is a demo credential, which the gateway accepts only in the demo profile.
                "--spring.profiles.active=demo",
                "--logging.level.vn.lienthong=WARN"));
        arguments.addAll(extra);
        return arguments.toArray(String[]::new);
    }

    /** The sender and one recipient: the sample's second recipient is the Ministry, routed to the same partner. */
    private static Path connectorsFor(RestPartnerSimulator department, RestPartnerSimulator district,
                                      int dispatchConcurrency) throws Exception {
        Path dir = Files.createTempDirectory("benchmark-connectors");
        Files.writeString(dir.resolve("so-gddt.yaml"), """
                id: so-gddt-ha-tinh
                name: "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh"
                agencies: ["000.00.13.H53"]
                transport: rest
                endpoint: "%s"
                inbound: { api-key-sha256: "%s" }
                """.formatted(department.endpoint(), sha256(DEPARTMENT_KEY)), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("recipients.yaml"), """
                id: phong-gddt-thach-ha
                name: "Phòng GD&ĐT Thạch Hà và Bộ GD&ĐT (một hệ thống nhận)"
                agencies: ["000.20.31.H53", "000.00.00.G03"]
                transport: rest
                endpoint: "%s"
                concurrency: %d
                """.formatted(district.endpoint(), dispatchConcurrency), StandardCharsets.UTF_8);
        return dir;
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
