package vn.lienthong.gateway.operations;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lienthong.gateway.audit.AuditLog;
import vn.lienthong.gateway.config.OperationsProperties;

/**
 * Replays every message a search matches, in the background and in batches, one transaction per message so one
 * failure does not undo the others. Jobs are held in memory: after a restart the audit log tells what was done.
 */
@Service
public class BulkReplayJobs {

    private static final Logger log = LoggerFactory.getLogger(BulkReplayJobs.class);

    private final MessageSearchQueries search;
    private final ReplayService replays;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final OperationsProperties properties;
    private final Clock clock;
    private final Map<String, ReplayJob> jobs = new ConcurrentHashMap<>();
    // One worker: bulk replays queue behind each other instead of flooding the partners at once.
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "bulk-replay"));

    public BulkReplayJobs(MessageSearchQueries search, ReplayService replays, AuditLog audit, TransactionTemplate tx,
                          OperationsProperties properties, Clock clock) {
        this.search = search;
        this.replays = replays;
        this.audit = audit;
        this.tx = tx;
        this.properties = properties;
        this.clock = clock;
    }

    /** Records the request in the audit log, then starts the job; the answer comes before any replay is done. */
    public ReplayJob.Progress start(MessageFilter filter, String actor, String reason) {
        String why = Reasons.require(reason);
        List<String> ids = search.replayableIds(filter);
        ReplayJob job = new ReplayJob(UUID.randomUUID().toString(), actor, why, ids.size(), clock.instant());
        tx.executeWithoutResult(s -> audit.append(actor, "REPLAY_BULK", "replay-job:" + job.progress().id(), why,
                ids.size() + " messages matching " + filter));
        jobs.put(job.progress().id(), job);
        worker.submit(() -> run(job, ids));
        return job.progress();
    }

    public Optional<ReplayJob.Progress> find(String jobId) {
        return Optional.ofNullable(jobs.get(jobId)).map(ReplayJob::progress);
    }

    private void run(ReplayJob job, List<String> ids) {
        int batch = Math.max(1, properties.replayBatchSize());
        for (int from = 0; from < ids.size(); from += batch) {
            for (String id : ids.subList(from, Math.min(ids.size(), from + batch))) {
                replayOne(job, id);
            }
            log.info("Bulk replay {}: {}", job.progress().id(), job.progress());
        }
        job.finish(clock.instant());
    }

    /** A message replayed meanwhile by someone else has nothing left to replay: that is not a failure. */
    private void replayOne(ReplayJob job, String messageId) {
        try {
            replays.replay(messageId, job.progress().actor(), job.progress().reason()
                    + " (bulk replay " + job.progress().id() + ")");
            job.succeeded();
        } catch (NothingToChangeException e) {
            job.succeeded();
        } catch (RuntimeException e) {
            log.warn("Bulk replay {}: message {} failed", job.progress().id(), messageId, e);
            job.failed(messageId, e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
