package vn.lienthong.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.HdrHistogram.Histogram;

import vn.lienthong.simulators.RestPartnerSimulator;

/**
 * Posts numbered packages to the gateway from a fixed number of concurrent partners and times each one from its
 * POST to its arrival at the (single) recipient's simulator.
 */
final class LoadRunner {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<Integer, Long> postedAtNanos = new ConcurrentHashMap<>();
    private final Histogram endToEnd = new Histogram(60_000_000L, 3);
    private final Semaphore arrivals = new Semaphore(0);

    LoadRunner(RestPartnerSimulator recipient) {
        recipient.keepNothing();
        recipient.onReceive(p -> {
            Long posted = postedAtNanos.get(PackageFactory.numberOf(p.body()));
            if (posted != null) {
                synchronized (endToEnd) {
                    endToEnd.recordValue(Math.min((System.nanoTime() - posted) / 1000, 60_000_000L));
                }
                arrivals.release();
            }
        });
    }

    /** Posts {@code count} packages numbered from {@code first}, waits for all to arrive, and reports. */
    LoadResult run(String name, String baseUrl, String apiKey, PackageFactory packages, int first, int count,
                   int concurrency) throws Exception {
        postedAtNanos.clear();
        endToEnd.reset();
        arrivals.drainPermits();
        Histogram intake = new Histogram(60_000_000L, 3);
        AtomicInteger refused = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService partners = Executors.newFixedThreadPool(concurrency);
        for (int i = 0; i < count; i++) {
            int number = first + i;
            partners.submit(() -> post(baseUrl, apiKey, packages.numbered(number), number, intake, refused));
        }
        partners.shutdown();
        partners.awaitTermination(30, TimeUnit.MINUTES);
        int expected = count - refused.get();
        boolean all = arrivals.tryAcquire(expected, 10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!all) {
            System.out.printf("  %s: only %d of %d packages arrived within 10 minutes%n", name,
                    endToEnd.getTotalCount(), expected);
        }
        return new LoadResult(name, (int) endToEnd.getTotalCount(), seconds, intake, endToEnd.copy(), refused.get());
    }

    private void post(String baseUrl, String apiKey, byte[] body, int number, Histogram intake, AtomicInteger refused) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/documents"))
                .header("Content-Type", "application/xml").header("X-API-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        long start = System.nanoTime();
        postedAtNanos.put(number, start);
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            synchronized (intake) {
                intake.recordValue(Math.min((System.nanoTime() - start) / 1000, 60_000_000L));
            }
            if (status != 202) {
                refused.incrementAndGet();
            }
        } catch (Exception e) {
            refused.incrementAndGet();
        }
    }
}
