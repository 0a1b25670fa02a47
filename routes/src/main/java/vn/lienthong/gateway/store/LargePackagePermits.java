package vn.lienthong.gateway.store;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Lets only {@code lienthong.spool.large-package-concurrency} spooled packages be held as a whole DOM at once (for
 * a signature check or for signing, which XML-DSig needs), so several 50 MB packages arriving together take turns
 * instead of multiplying the heap they need; and only {@code large-delivery-concurrency} of them be in flight to a
 * transport, which sends from one array. Small packages never wait.
 */
@Component
public class LargePackagePermits {

    private final Semaphore permits;
    private final Semaphore deliveries;
    private final long inMemoryLimit;

    public LargePackagePermits(SpoolProperties properties) {
        this.permits = new Semaphore(Math.max(1, properties.largePackageConcurrency()), true);
        this.deliveries = new Semaphore(Math.max(1, properties.largeDeliveryConcurrency()), true);
        this.inMemoryLimit = properties.inMemoryLimit().toBytes();
    }

    /**
     * Waits for a delivery permit when a package of {@code size} bytes is too large for the in-memory path and
     * returns what gives it back (exactly once), or nothing for a small package, which never waits.
     */
    public Optional<Runnable> forDelivery(long size) {
        if (size <= inMemoryLimit) {
            return Optional.empty();
        }
        deliveries.acquireUninterruptibly();
        AtomicBoolean released = new AtomicBoolean();
        return Optional.of(() -> {
            if (released.compareAndSet(false, true)) {
                deliveries.release();
            }
        });
    }

    /** Runs {@code work} on {@code content}: at once when it is in memory, after waiting for a permit otherwise. */
    public <T> T whole(PackageContent content, Supplier<T> work) {
        if (content.inMemory()) {
            return work.get();
        }
        permits.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
