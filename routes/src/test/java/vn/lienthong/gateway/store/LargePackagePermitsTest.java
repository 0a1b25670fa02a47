package vn.lienthong.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class LargePackagePermitsTest {

    private static final long MIB = 1024 * 1024;

    /** A thread per waiting task: the common pool has one thread on a 2-core machine. */
    private final ExecutorService threads = Executors.newCachedThreadPool();

    private final LargePackagePermits permits = new LargePackagePermits(
            new SpoolProperties(DataSize.ofMegabytes(1), DataSize.ofMegabytes(16), DataSize.ofMegabytes(128)));

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void smallPackagesNeverTakeFromABudget() {
        assertThat(permits.forDelivery(MIB)).isEmpty();
        assertThat(permits.whole(PackageContent.of(new byte[10]), () -> "signed")).isEqualTo("signed");
    }

    @Test
    void oneMebibytePackagesHoldTheirDomsSideBySide() throws Exception {
        CountDownLatch finish = new CountDownLatch(1);
        // Eight of 2 MiB fill the 16 MB budget: each holds at once, none waits for another.
        List<CompletableFuture<String>> held = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            held.add(holdingDom(2 * MIB, finish));
        }

        CompletableFuture<String> ninth = CompletableFuture.supplyAsync(
                () -> permits.whole(spooled(2 * MIB), () -> "ninth"), threads);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> !ninth.isDone());
        finish.countDown();
        for (CompletableFuture<String> each : held) {
            assertThat(each.get(10, TimeUnit.SECONDS)).isEqualTo("held");
        }
        assertThat(ninth.get(10, TimeUnit.SECONDS)).isEqualTo("ninth");
    }

    @Test
    void aPackageLargerThanTheBudgetWaitsToHoldTheHeapAlone() throws Exception {
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> small = holdingDom(2 * MIB, finish);

        CompletableFuture<String> large = CompletableFuture.supplyAsync(
                () -> permits.whole(spooled(50 * MIB), () -> "large"), threads);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> !large.isDone());

        finish.countDown();
        assertThat(small.get(10, TimeUnit.SECONDS)).isEqualTo("held");
        assertThat(large.get(10, TimeUnit.SECONDS)).isEqualTo("large");
    }

    @Test
    void deliveriesShareTheirBudgetAndGiveItBackOnce() throws Exception {
        Optional<Runnable> first = permits.forDelivery(52 * MIB);
        Optional<Runnable> second = permits.forDelivery(52 * MIB);
        assertThat(first).isPresent();
        assertThat(second).isPresent();

        // A third 52 MB delivery would pass the 128 MB budget: it waits until one of the two is done.
        CompletableFuture<Optional<Runnable>> third = CompletableFuture.supplyAsync(
                () -> permits.forDelivery(52 * MIB), threads);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> !third.isDone());
        first.get().run();
        first.get().run();
        assertThat(third.get(10, TimeUnit.SECONDS)).isPresent();

        // The repeated give-back above returned nothing extra: a fourth still waits.
        CompletableFuture<Optional<Runnable>> fourth = CompletableFuture.supplyAsync(
                () -> permits.forDelivery(52 * MIB), threads);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> !fourth.isDone());
        second.get().run();
        assertThat(fourth.get(10, TimeUnit.SECONDS)).isPresent();
    }

    /** A spooled package of {@code size} bytes holding its DOM share until {@code finish}; returns once it holds. */
    private CompletableFuture<String> holdingDom(long size, CountDownLatch finish) throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        CompletableFuture<String> held = CompletableFuture.supplyAsync(() -> permits.whole(spooled(size), () -> {
            holding.countDown();
            waitFor(finish);
            return "held";
        }), threads);
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        return held;
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A package the size of a spooled one; its bytes are never read here. */
    private static PackageContent spooled(long size) {
        return new PackageContent() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public String sha256() {
                return "0".repeat(64);
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(new byte[0]);
            }

            @Override
            public boolean inMemory() {
                return false;
            }
        };
    }
}
