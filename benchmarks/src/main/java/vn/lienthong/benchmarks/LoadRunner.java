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
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;

import vn.lienthong.simulators.RestPartnerSimulator;

/**
 * Posts numbered packages to the gateway and times each one from its POST to its arrival at the (single)
 * recipient's simulator: either as fast as a fixed number of partners can (the maximum rate), or at a fixed rate.
 */
final class LoadRunner {

    private static final long MAX_MICROS = 600_000_000L;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<Integer, Long> postedAtNanos = new ConcurrentHashMap<>();
    private final Histogram endToEnd = new Histogram(MAX_MICROS, 3);
    private final Semaphore arrivals = new Semaphore(0);
    private final Duration arrivalTimeout;

    LoadRunner(RestPartnerSimulator recipient, Duration arrivalTimeout) {
        this.arrivalTimeout = arrivalTimeout;
        recipient.keepNothing();
        recipient.onReceive(p -> {
            Long posted = postedAtNanos.remove(PackageFactory.numberOf(p.body()));
            if (posted != null) {
                synchronized (endToEnd) {
                    endToEnd.recordValue(Math.min((System.nanoTime() - posted) / 1000, MAX_MICROS));
                }
                arrivals.release();
            }
        });
    }

    /** Closed loop: {@code concurrency} partners each post the next package as soon as the last one was answered. */
    LoadResult run(String name, String baseUrl, String apiKey, PackageFactory packages, int first, int count,
                   int concurrency) throws Exception {
        return measure(name, count, intake -> {
            ExecutorService partners = Executors.newFixedThreadPool(concurrency);
            for (int i = 0; i < count; i++) {
                int number = first + i;
                partners.submit(() -> post(baseUrl, apiKey, packages.numbered(number), number, System.nanoTime(),
                        intake));
            }
            partners.shutdown();
            partners.awaitTermination(30, TimeUnit.MINUTES);
        });
    }

    /**
     * Open loop: one post every 1/{@code perSecond} s whatever the answers; latency counts from when the post was
     * due, so a stalled gateway shows in the percentiles instead of slowing the load down.
     */
    LoadResult runAtRate(String name, String baseUrl, String apiKey, PackageFactory packages, int first, int count,
                         double perSecond) throws Exception {
        return measure(name, count, intake -> {
            ExecutorService partners = Executors.newFixedThreadPool(64);
            long start = System.nanoTime();
            long interval = (long) (1e9 / perSecond);
            for (int i = 0; i < count; i++) {
                int number = first + i;
                byte[] body = packages.numbered(number);
                long due = start + i * interval;
                LockSupport.parkNanos(due - System.nanoTime());
                partners.submit(() -> post(baseUrl, apiKey, body, number, due, intake));
            }
            partners.shutdown();
            partners.awaitTermination(30, TimeUnit.MINUTES);
        });
    }

    private LoadResult measure(String name, int count, Load load) throws Exception {
        postedAtNanos.clear();
        synchronized (endToEnd) {
            endToEnd.reset();
        }
        arrivals.drainPermits();
        Intake intake = new Intake(new Histogram(MAX_MICROS, 3), new AtomicInteger());
        long start = System.nanoTime();
        load.apply(intake);
        int expected = count - intake.refused().get();
        boolean all = arrivals.tryAcquire(expected, arrivalTimeout.toMillis(), TimeUnit.MILLISECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        Histogram delivered;
        synchronized (endToEnd) {
            delivered = endToEnd.copy();
        }
        if (!all) {
            System.out.printf("  %s: only %d of %d packages arrived within %d s%n", name, delivered.getTotalCount(),
                    expected, arrivalTimeout.toSeconds());
        }
        return new LoadResult(name, (int) delivered.getTotalCount(), seconds, intake.latency(), delivered,
                intake.refused().get());
    }

    private void post(String baseUrl, String apiKey, byte[] body, int number, long startNanos, Intake intake) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/documents"))
                .header("Content-Type", "application/xml").header("X-API-Key", apiKey)
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        postedAtNanos.put(number, startNanos);
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            synchronized (intake.latency()) {
                intake.latency().recordValue(Math.min((System.nanoTime() - startNanos) / 1000, MAX_MICROS));
            }
            if (status != 202) {
                postedAtNanos.remove(number);
                intake.refused().incrementAndGet();
            }
        } catch (Exception e) {
            postedAtNanos.remove(number);
            intake.refused().incrementAndGet();
        }
    }

    /** What the posting side records: the time to each 202, and how many posts were not accepted. */
    private record Intake(Histogram latency, AtomicInteger refused) {
    }

    /** One way of putting the load on. */
    @FunctionalInterface
    private interface Load {
        void apply(Intake intake) throws Exception;
    }
}
