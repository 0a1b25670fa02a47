package vn.lienthong.gateway.admin;

import java.net.URI;
import java.security.Principal;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.lienthong.gateway.config.OperationsProperties;
import vn.lienthong.gateway.operations.BulkReplayJobs;
import vn.lienthong.gateway.operations.MessageFilter;
import vn.lienthong.gateway.operations.NotFoundException;
import vn.lienthong.gateway.operations.ReplayJob;

/** Bulk replay: every message a search matches, in the background, followed through its job. */
@RestController
public class AdminReplayJobsController {

    private final BulkReplayJobs jobs;
    private final OperationsProperties properties;

    public AdminReplayJobsController(BulkReplayJobs jobs, OperationsProperties properties) {
        this.jobs = jobs;
        this.properties = properties;
    }

    @Operation(summary = "Replay every matching message with a DEAD or REJECTED delivery (operator); "
            + "the filters are those of GET /api/admin/messages")
    @PostMapping(path = "/api/admin/messages/replay", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ReplayJob.Progress> start(@RequestParam(required = false) String state,
            @RequestParam(required = false) String sender, @RequestParam(required = false) String recipient,
            @RequestParam(required = false) String number, @RequestParam(required = false) String q,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String connector, @RequestBody ReasonRequest body, Principal operator) {
        MessageFilter filter = MessageFilter.parse(state, sender, recipient, number, q, from, to, connector,
                properties.timeZone());
        ReplayJob.Progress job = jobs.start(filter, operator.getName(), body.reason());
        return ResponseEntity.accepted().location(URI.create("/api/admin/replays/" + job.id())).body(job);
    }

    @Operation(summary = "Progress of a bulk replay: total, done, failed")
    @GetMapping(path = "/api/admin/replays/{job}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ReplayJob.Progress progress(@PathVariable String job) {
        return jobs.find(job).orElseThrow(() -> new NotFoundException("replay job", job));
    }
}
