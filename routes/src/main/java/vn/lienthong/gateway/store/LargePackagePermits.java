package vn.lienthong.gateway.store;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Lets only {@code lienthong.spool.large-package-concurrency} spooled packages be held as a whole DOM at once (for
 * a signature check or for signing, which XML-DSig needs), so several 50 MB packages arriving together take turns
 * instead of multiplying the heap they need. Small packages never wait.
 */
@Component
public class LargePackagePermits {

    private final Semaphore permits;

    public LargePackagePermits(SpoolProperties properties) {
        this.permits = new Semaphore(Math.max(1, properties.largePackageConcurrency()), true);
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
