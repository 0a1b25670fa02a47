package vn.lienthong.gateway.admin;

import java.security.Principal;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.lienthong.gateway.config.OperationsProperties;
import vn.lienthong.gateway.operations.InvalidRequestException;
import vn.lienthong.gateway.operations.MessageFilter;
import vn.lienthong.gateway.operations.MessageSearchQueries;
import vn.lienthong.gateway.operations.MessageSummary;
import vn.lienthong.gateway.operations.NotFoundException;
import vn.lienthong.gateway.operations.OperatorActionResult;
import vn.lienthong.gateway.operations.Paging;
import vn.lienthong.gateway.operations.ReplayService;
import vn.lienthong.gateway.operations.ResultPage;
import vn.lienthong.gateway.store.DocumentQueries;
import vn.lienthong.gateway.store.DocumentView;

/** {@code /api/admin/messages}: find a message, inspect it, download its packages, replay or abandon it. */
@RestController
@RequestMapping(path = "/api/admin/messages", produces = MediaType.APPLICATION_JSON_VALUE)
public class AdminMessagesController {

    private final MessageSearchQueries search;
    private final DocumentQueries documents;
    private final ReplayService replays;
    private final OperationsProperties properties;

    public AdminMessagesController(MessageSearchQueries search, DocumentQueries documents, ReplayService replays,
                                   OperationsProperties properties) {
        this.search = search;
        this.documents = documents;
        this.replays = replays;
        this.properties = properties;
    }

    @Operation(summary = "Search messages, newest first, with the total count")
    @GetMapping
    public ResultPage<MessageSummary> search(@RequestParam(required = false) String state,
            @RequestParam(required = false) String sender, @RequestParam(required = false) String recipient,
            @RequestParam(required = false) String number, @RequestParam(required = false) String q,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String connector, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        MessageFilter filter = MessageFilter.parse(state, sender, recipient, number, q, from, to, connector,
                properties.timeZone());
        return search.search(filter, Paging.of(page, size));
    }

    @Operation(summary = "One message: recipients, delivery attempts and history")
    @GetMapping("/{id}")
    public DocumentView get(@PathVariable String id) {
        return documents.find(id).orElseThrow(() -> new NotFoundException("message", id));
    }

    @Operation(summary = "The package bytes exactly as received from the sender or as sent on")
    @GetMapping(path = "/{id}/package", produces = {MediaType.APPLICATION_XML_VALUE, "application/problem+json"})
    public ResponseEntity<byte[]> packageOf(@PathVariable String id,
                                            @RequestParam(defaultValue = "RECEIVED") String direction) {
        if (!direction.equals("RECEIVED") && !direction.equals("SENT")) {
            throw new InvalidRequestException("direction", "RECEIVED or SENT", direction);
        }
        byte[] bytes = documents.packageOf(id, direction)
                .orElseThrow(() -> new NotFoundException(direction + " package of message", id));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + id + "-" + direction.toLowerCase() + ".xml\"")
                .body(bytes);
    }

    @Operation(summary = "Replay every DEAD or REJECTED delivery of the message now (operator)")
    @PostMapping(path = "/{id}/replay", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<OperatorActionResult> replay(@PathVariable String id, @RequestBody ReasonRequest body,
                                                       Principal operator) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(replays.replay(id, operator.getName(), body.reason()));
    }

    @Operation(summary = "Give up the DEAD, RETRYING and QUEUED deliveries of the message (operator)")
    @PostMapping(path = "/{id}/abandon", consumes = MediaType.APPLICATION_JSON_VALUE)
    public OperatorActionResult abandon(@PathVariable String id, @RequestBody ReasonRequest body,
                                        Principal operator) {
        return replays.abandon(id, operator.getName(), body.reason());
    }
}
