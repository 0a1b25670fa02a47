package vn.lienthong.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import vn.lienthong.signatures.DocumentSigner;
import vn.lienthong.signatures.SigningKeys;
import vn.lienthong.simulators.GatewayProcess;
import vn.lienthong.simulators.RestPartnerSimulator;

/**
 * Starts the gateway and a receiving partner on loopback and measures, after a warm-up, documents per second and
 * latency percentiles for signed ~10 KB packages and for 1 MiB attachments, next to the ceilings: bare signing
 * and bare durable broker sends. Usage: {@code ./lienthong benchmark [documents] [concurrency]}.
 */
public final class BenchmarkMain {

    private static final String DEPARTMENT_KEY = "benchmark-so-gddt";
    private static final Path KEYSTORE = Path.of("certs-sample", "orgs", "so-gddt-ha-tinh.p12");

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int cores = Runtime.getRuntime().availableProcessors();
        PackageFactory small = new PackageFactory(3_300);
        PackageFactory large = new PackageFactory(1 << 20);
        System.out.printf("Lienthong benchmark: %d cores, %d documents, %d concurrent partners, package (a) %d bytes%n",
                cores, documents, concurrency, small.numbered(1).length);

        try (RestPartnerSimulator department = RestPartnerSimulator.start(0);
             RestPartnerSimulator district = RestPartnerSimulator.start(0)) {
            Path connectors = connectorsFor(department, district);
            LoadRunner load = new LoadRunner(district);
            try (GatewayProcess gateway = GatewayProcess.start(jvmOptions(),
                    Files.createTempDirectory("benchmark-data"), connectors, Path.of("benchmarks", "target",
                            "gateway.log"), signingArguments())) {
                load.run("warm-up", gateway.baseUrl(), DEPARTMENT_KEY, small, 1, Math.max(200, documents / 5),
                        concurrency);
                LoadResult signed = load.run("(a) ~10 KB, signed RSA-2048", gateway.baseUrl(), DEPARTMENT_KEY,
                        small, 100_000, documents, concurrency);
                LoadResult attachments = load.run("(b) 1 MiB attachment, signed", gateway.baseUrl(),
                        DEPARTMENT_KEY, large, 200_000, Math.max(50, documents / 20), Math.min(concurrency, 8));
                report(signed, attachments, small, cores);
            }
        }
    }

    private static void report(LoadResult signed, LoadResult attachments, PackageFactory small, int cores)
            throws Exception {
        DocumentSigner signer = new DocumentSigner(SigningKeys.load("000.00.13.H53", KEYSTORE,
                "changeit".toCharArray(), null), true);
        double signingCeiling = Ceilings.signingPerSecond(signer, small.numbered(1), cores, 10);
        double brokerCeiling = Ceilings.durableSendsPerSecond(16, 10);
        System.out.println();
        System.out.println(signed.describe());
        System.out.println(attachments.describe());
        System.out.printf("ceiling: bare Santuario signing of package (a) on %d threads: %.1f /s -> (a) is %.0f %%%n",
                cores, signingCeiling, 100 * signed.docsPerSecond() / signingCeiling);
        System.out.printf("ceiling: bare durable Artemis sends, 16 producers: %.1f /s -> (a) is %.1f %%"
                + " (each document costs one work message per recipient)%n",
                brokerCeiling, 100 * signed.docsPerSecond() / brokerCeiling);
    }

    /** -Xmx1g, plus LIENTHONG_BENCHMARK_JVM_OPTS (e.g. a Flight Recorder setting to profile the run). */
    private static List<String> jvmOptions() {
        List<String> options = new java.util.ArrayList<>(List.of("-Xmx1g"));
        String extra = System.getenv("LIENTHONG_BENCHMARK_JVM_OPTS");
        if (extra != null && !extra.isBlank()) {
            options.addAll(List.of(extra.trim().split("\\s+")));
        }
        return options;
    }

    private static String[] signingArguments() {
        return new String[] {
            "--lienthong.signing.keys[0].agency=000.00.13.H53",
            "--lienthong.signing.keys[0].keystore=" + KEYSTORE.toAbsolutePath(),
            "--lienthong.signing.keys[0].password=changeit",
            // The sample key is a demo credential, which the gateway accepts only in the demo profile.
            "--spring.profiles.active=demo",
            "--logging.level.vn.lienthong=WARN"
        };
    }

    /** The sender and one recipient: the sample's second recipient is the Ministry, routed to the same partner. */
    private static Path connectorsFor(RestPartnerSimulator department, RestPartnerSimulator district)
            throws Exception {
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
                concurrency: 16
                """.formatted(district.endpoint()), StandardCharsets.UTF_8);
        return dir;
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
