package vn.lienthong.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import vn.lienthong.simulators.GatewayProcess;
import vn.lienthong.simulators.RestPartnerSimulator;

/**
 * Scenario (c): one package of about 50 MB through a gateway of its own limited to a 512 MiB heap, with the peak
 * heap it reached; a refusal, an out-of-memory error or a package that never arrives is reported, never waited on.
 */
final class LargePackageRun {

    /** Random bytes whose MIME base64 (76 characters a line) makes a package just under 50 000 000 bytes. */
    static final int ATTACHMENT_BYTES = 36_500_000;
    static final String HEAP_LIMIT = "-Xmx512m";

    private LargePackageRun() {
    }

    /** What (c) gave: the load result, the peak heap, and why it failed when it did. */
    record Outcome(LoadResult load, int packageBytes, double peakHeapMiB, String failure) {

        boolean passed() {
            return failure == null;
        }
    }

    static Outcome run(RestPartnerSimulator recipient, Path connectors, List<String> extraJvmOptions,
                       String apiKey, String... gatewayArguments) throws Exception {
        PackageFactory large = new PackageFactory(ATTACHMENT_BYTES);
        int size = large.numbered(900_000).length;
        System.out.printf("(c) starting a gateway with %s for one package of %,d bytes%n", HEAP_LIMIT, size);
        Path log = Path.of("benchmarks", "target", "gateway-large.log");
        Files.deleteIfExists(log);
        List<String> jvm = new ArrayList<>(List.of(HEAP_LIMIT));
        jvm.addAll(extraJvmOptions);
        LoadRunner load = new LoadRunner(recipient, Duration.ofMinutes(3));
        try {
            return measure(large, size, load, jvm, connectors, log, apiKey, gatewayArguments);
        } catch (Exception | Error e) {
            // Whatever happened (no start within the limit, a broken connection), (c) failed: say so, go on.
            return new Outcome(null, size, Double.NaN, "the run broke off: " + e);
        }
    }

    private static Outcome measure(PackageFactory large, int size, LoadRunner load, List<String> jvm, Path connectors,
                                   Path log, String apiKey, String... gatewayArguments) throws Exception {
        try (GatewayProcess gateway = GatewayProcess.start(jvm, Files.createTempDirectory("benchmark-large"),
                connectors, log, gatewayArguments);
             HeapWatcher heap = new HeapWatcher(gateway.baseUrl())) {
            LoadResult result = load.run("(c) one ~50 MB package, -Xmx512m", gateway.baseUrl(), apiKey, large,
                    900_000, 1, 1);
            boolean alive = ProcessHandle.of(gateway.pid()).map(ProcessHandle::isAlive).orElse(false);
            return new Outcome(result, size, heap.peakMiB(), failure(result, alive, log));
        }
    }

    private static String failure(LoadResult result, boolean alive, Path log) throws IOException {
        String text = Files.exists(log) ? Files.readString(log) : "";
        if (text.contains("OutOfMemoryError")) {
            return "the gateway ran out of heap (OutOfMemoryError in " + log + ")";
        }
        if (!alive) {
            return "the gateway process died (see " + log + ")";
        }
        if (result.refused() > 0) {
            return "the gateway did not answer 202 (see " + log + ")";
        }
        if (result.documents() == 0) {
            return "accepted but not delivered within 3 minutes (see " + log + ")";
        }
        return null;
    }
}
