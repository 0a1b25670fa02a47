package vn.lienthong.gateway.api;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.lienthong.connectors.spi.ConnectorDefinition;
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
    public List<InboxItem> pending(HttpServletRequest request) {
        return inbox.pending(partner(request));
    }

    /** The package byte for byte, as a push would have sent it. */
    @GetMapping(path = "/api/v1/inbox/{id}", produces = MediaType.APPLICATION_XML_VALUE)
    public byte[] content(HttpServletRequest request, @PathVariable String id) {
        return inbox.content(partner(request), id);
    }

    @PostMapping(path = "/api/v1/inbox/{id}/ack", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, String> acknowledge(HttpServletRequest request, @PathVariable String id) {
        return Map.of("id", id, "acknowledgedAt", inbox.acknowledge(partner(request), id).toString());
    }

    private ConnectorDefinition partner(HttpServletRequest request) {
        return authenticator.authenticate(PartnerCredentials.of(request));
    }
}
