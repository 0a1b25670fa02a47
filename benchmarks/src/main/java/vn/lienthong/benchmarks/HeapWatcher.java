package vn.lienthong.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Follows the gateway's heap from outside, through {@code /actuator/prometheus}, and keeps the highest value seen:
 * the used bytes of every heap pool added up, sampled every 100 ms.
 */
final class HeapWatcher implements AutoCloseable {

    private static final String HEAP_USED = "jvm_memory_used_bytes{area=\"heap\"";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final HttpRequest request;
    private final AtomicLong peak = new AtomicLong();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "heap-watcher");
        thread.setDaemon(true);
        return thread;
    });

    HeapWatcher(String baseUrl) {
        this.request = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/prometheus"))
                .timeout(Duration.ofSeconds(5)).build();
        sampler.scheduleWithFixedDelay(this::sample, 0, 100, TimeUnit.MILLISECONDS);
    }

    /** The highest heap use seen so far, in MiB. */
    double peakMiB() {
        return peak.get() / (1024.0 * 1024.0);
    }

    private void sample() {
        try {
            String metrics = client.send(request, HttpResponse.BodyHandlers.ofString()).body();
            peak.accumulateAndGet(heapUsed(metrics), Math::max);
        } catch (Exception e) {
            // A gateway busy in a full GC or already gone answers late or not at all: keep the last peak.
        }
    }

    static long heapUsed(String prometheusText) {
        long total = 0;
        for (String line : prometheusText.split("\n")) {
            if (line.startsWith(HEAP_USED)) {
                total += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }

    @Override
    public void close() throws InterruptedException {
        sampler.shutdownNow();
        sampler.awaitTermination(10, TimeUnit.SECONDS);
    }
}
