package vn.lienthong.gateway.operations;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** Progress of one bulk replay, updated by the background worker and read by the API. */
public final class ReplayJob {

    private final String id;
    private final String actor;
    private final String reason;
    private final int total;
    private final Instant createdAt;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private volatile String lastError;
    private volatile Instant finishedAt;

    ReplayJob(String id, String actor, String reason, int total, Instant createdAt) {
        this.id = id;
        this.actor = actor;
        this.reason = reason;
        this.total = total;
        this.createdAt = createdAt;
    }

    void succeeded() {
        done.incrementAndGet();
    }

    void failed(String messageId, String error) {
        failed.incrementAndGet();
        lastError = messageId + ": " + error;
    }

    void finish(Instant at) {
        finishedAt = at;
    }

    /** A snapshot for the API: the counters move while the job runs. */
    public Progress progress() {
        String state = finishedAt != null ? "FINISHED" : "RUNNING";
        return new Progress(id, state, actor, reason, total, done.get(), failed.get(), lastError, createdAt,
                finishedAt);
    }

    /**
     * @param done messages replayed; @param failed messages whose replay failed (see lastError)
     */
    public record Progress(String id, String state, String actor, String reason, int total, int done, int failed,
                           String lastError, Instant createdAt, Instant finishedAt) {
    }
}
