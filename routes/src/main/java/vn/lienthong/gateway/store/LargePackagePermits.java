package vn.lienthong.gateway.store;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Shares two byte budgets among spooled packages: {@code lienthong.spool.dom-budget} for those held as a whole DOM
 * (checking a signature, which Santuario's verifier does on a DOM) and {@code delivery-budget} for those in flight
 * to a transport, which sends from one array. A package takes its size from a budget (all of it when larger), so a 50 MB package
 * waits until it may hold the heap alone while 1 MiB packages go side by side. Small packages never wait.
 */
@Component
public class LargePackagePermits {

    private final Budget dom;
    private final Budget deliveries;
    private final long inMemoryLimit;

    public LargePackagePermits(SpoolProperties properties) {
        this.dom = new Budget(properties.domBudget().toBytes());
        this.deliveries = new Budget(properties.deliveryBudget().toBytes());
        this.inMemoryLimit = properties.inMemoryLimit().toBytes();
    }

    /**
     * Waits for its share of the delivery budget when a package of {@code size} bytes is too large for the in-memory
     * path and returns what gives it back (exactly once), or nothing for a small package, which never waits.
     */
    public Optional<Runnable> forDelivery(long size) {
        if (size <= inMemoryLimit) {
            return Optional.empty();
        }
        int share = deliveries.take(size);
        AtomicBoolean released = new AtomicBoolean();
        return Optional.of(() -> {
            if (released.compareAndSet(false, true)) {
                deliveries.giveBack(share);
            }
        });
    }

    /** Runs {@code work} on {@code content}: at once when in memory, after taking its share of the DOM budget otherwise. */
    public <T> T whole(PackageContent content, Supplier<T> work) {
        if (content.inMemory()) {
            return work.get();
        }
        int share = dom.take(content.size());
        try {
            return work.get();
        } finally {
            dom.giveBack(share);
        }
    }

    /** A number of bytes shared out in KiB, so that a semaphore's int holds terabytes. */
    private static final class Budget {

        private static final int UNIT = 1024;

        private final int whole;
        // Fair, so a large package waiting for the whole budget is not passed over for ever by smaller ones.
        private final Semaphore available;

        Budget(long bytes) {
            this.whole = (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes / UNIT));
            this.available = new Semaphore(whole, true);
        }

        /** Waits for a package's share: its size, at most the whole budget. Returns the share to give back. */
        int take(long size) {
            int share = (int) Math.min(whole, Math.max(1, (size + UNIT - 1) / UNIT));
            available.acquireUninterruptibly(share);
            return share;
        }

        void giveBack(int share) {
            available.release(share);
        }
    }
}
