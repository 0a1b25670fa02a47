package vn.lienthong.gateway.admin;

import java.security.Principal;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.lienthong.gateway.connector.ConnectorReload;
import vn.lienthong.gateway.operations.ConnectorOperations;
import vn.lienthong.gateway.operations.ConnectorStatus;
import vn.lienthong.gateway.operations.DeadLetter;
import vn.lienthong.gateway.operations.DeadLetterQueries;
import vn.lienthong.gateway.operations.Paging;
import vn.lienthong.gateway.operations.ResultPage;

/** Connectors (health, pause, resume) and the deliveries that ran out of attempts. */
@RestController
public class AdminConnectorsController {

    private final ConnectorOperations connectors;
    private final DeadLetterQueries deadLetters;

    public AdminConnectorsController(ConnectorOperations connectors, DeadLetterQueries deadLetters) {
        this.connectors = connectors;
        this.deadLetters = deadLetters;
    }

    @Operation(summary = "Every connector: queue depth, last success, last error, failures in a row, paused")
    @GetMapping(path = "/api/admin/connectors", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<ConnectorStatus> all() {
        return connectors.all();
    }

    @Operation(summary = "Suspend the connector's dispatch route; work waits on its queue (operator, integrator)")
    @PostMapping(path = "/api/admin/connectors/{id}/pause", produces = MediaType.APPLICATION_JSON_VALUE)
    public ConnectorStatus pause(@PathVariable String id, @RequestBody ReasonRequest body, Principal user) {
        return connectors.pause(id, user.getName(), body.reason());
    }

    @Operation(summary = "Resume the connector's dispatch route (operator, integrator)")
    @PostMapping(path = "/api/admin/connectors/{id}/resume", produces = MediaType.APPLICATION_JSON_VALUE)
    public ConnectorStatus resume(@PathVariable String id, @RequestBody ReasonRequest body, Principal user) {
        return connectors.resume(id, user.getName(), body.reason());
    }

    @Operation(summary = "Re-read the connector directory; refused as a whole, with every error, if any file is bad")
    @PostMapping(path = "/api/admin/connectors/reload", produces = MediaType.APPLICATION_JSON_VALUE)
    public ConnectorReload reload(@RequestBody ReasonRequest body, Principal user) {
        return connectors.reload(user.getName(), body.reason());
    }

    @Operation(summary = "Deliveries that ran out of attempts, newest first")
    @GetMapping(path = "/api/admin/dead-letters", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResultPage<DeadLetter> deadLetters(@RequestParam(required = false) Integer page,
                                              @RequestParam(required = false) Integer size) {
        return deadLetters.page(Paging.of(page, size));
    }
}
