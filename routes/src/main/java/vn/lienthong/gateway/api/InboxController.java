package vn.lienthong.gateway.api;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import vn.lienthong.gateway.inbox.PartnerInbox;
import vn.lienthong.gateway.store.InboxItem;

/** The REST pull adapter: a partner with an {@code inbox} connector lists, fetches and acknowledges its packages. */
@RestController
public class InboxController {

    private final PartnerAuthenticator authenticator;
    private final PartnerInbox inbox;

    public InboxController(PartnerAuthenticator authenticator, PartnerInbox inbox) {
        this.authenticator = authenticator;
        this.inbox = inbox;
    }

    @GetMapping(path = "/api/v1/inbox", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<InboxItem> pending(@RequestHeader(name = PartnerAuthenticator.API_KEY_HEADER, required = false) String apiKey) {
        return inbox.pending(authenticator.authenticate(apiKey));
    }

    /** The package byte for byte, as a push would have sent it. */
    @GetMapping(path = "/api/v1/inbox/{id}", produces = MediaType.APPLICATION_XML_VALUE)
    public byte[] content(@RequestHeader(name = PartnerAuthenticator.API_KEY_HEADER, required = false) String apiKey,
                          @PathVariable String id) {
        return inbox.content(authenticator.authenticate(apiKey), id);
    }

    @PostMapping(path = "/api/v1/inbox/{id}/ack", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, String> acknowledge(
            @RequestHeader(name = PartnerAuthenticator.API_KEY_HEADER, required = false) String apiKey,
            @PathVariable String id) {
        return Map.of("id", id, "acknowledgedAt", inbox.acknowledge(authenticator.authenticate(apiKey), id).toString());
    }
}
