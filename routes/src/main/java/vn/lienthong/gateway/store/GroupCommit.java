package vn.lienthong.gateway.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the short store transactions of many dispatch threads together, as one database transaction with one commit,
 * and returns to each caller only after that commit: the same guarantee as a transaction of its own, at a fraction
 * of the commits (H2 writes a chunk to its file at every commit, one commit at a time).
 */
@Component
public class GroupCommit {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    /** Enough to gather every dispatch consumer of a busy gateway; a larger batch only holds row locks longer. */
    static final int MAX_BATCH = 64;

    /** Wakes the writer so it sees that it must stop. */
    private static final Pending<Object> STOP = new Pending<>(() -> null, new CompletableFuture<>());

    private final TransactionTemplate transactions;
    private final BlockingQueue<Pending<?>> pending = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean stopping;

    private final boolean enabled;

    /**
     * Off by default ({@code lienthong.store.group-commit=true} turns it on): on a 2-core machine loaded by other
     * processes the single writer thread got too little CPU and dispatch fell behind (end-to-end p50 13.9 s against
     * 3.9 s without it), so it stays a switch until it is measured on a quiet machine.
     */
    public GroupCommit(TransactionTemplate transactions,
                       @Value("${lienthong.store.group-commit:false}") boolean enabled) {
        this.transactions = transactions;
        this.enabled = enabled;
        log.info("Group commit of dispatch store writes is {}", enabled ? "on" : "off");
        this.writer = new Thread(this::writeBatches, "store-group-commit");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Runs {@code work} in a transaction shared with whatever other work is waiting, and returns its result once that
     * transaction committed; its exception, if it failed, as though it had run alone.
     */
    public <T> T run(Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // The caller's own transaction decides when this commits; queueing it would split it from that.
            return work.get();
        }
        if (!enabled || stopping) {
            return transactions.execute(status -> work.get());
        }
        Pending<T> item = new Pending<>(work, new CompletableFuture<>());
        pending.add(item);
        if (!writer.isAlive()) {
            failWaiting(new IllegalStateException("the store's group commit has stopped"));
        }
        try {
            return item.result().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /** Units queued and not yet taken by the writer. */
    int waiting() {
        return pending.size();
    }

    private void writeBatches() {
        List<Pending<?>> batch = new ArrayList<>(MAX_BATCH);
        while (!stopping) {
            try {
                batch.add(pending.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            pending.drainTo(batch, MAX_BATCH - 1);
            batch.removeIf(item -> item == STOP);
            commit(batch);
            batch.clear();
        }
        failWaiting(new IllegalStateException("the store's group commit has stopped"));
    }

    private void commit(List<Pending<?>> batch) {
        List<Object> results;
        try {
            results = transactions.execute(status -> batch.stream().map(item -> (Object) item.work().get()).toList());
        } catch (RuntimeException | Error e) {
            // One failing unit must not fail the others: the batch rolled back whole, so each runs again alone.
            log.debug("Group commit of {} units failed ({}); running each alone", batch.size(), e.toString());
            batch.forEach(this::commitAlone);
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).complete(results.get(i));
        }
    }

    private void commitAlone(Pending<?> item) {
        try {
            item.complete(transactions.execute(status -> item.work().get()));
        } catch (RuntimeException | Error e) {
            item.result().completeExceptionally(e);
        }
    }

    private void failWaiting(RuntimeException reason) {
        List<Pending<?>> left = new ArrayList<>();
        pending.drainTo(left);
        left.forEach(item -> item.result().completeExceptionally(reason));
    }

    /** Ends the writer after the batch in hand, never by interrupting it: an interrupted write closes H2's file. */
    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        pending.add(STOP);
        writer.join(10_000);
    }

    /** One caller's unit of work and the answer it waits for. */
    private record Pending<T>(Supplier<T> work, CompletableFuture<T> result) {

        @SuppressWarnings("unchecked")
        void complete(Object value) {
            result.complete((T) value);
        }
    }
}
