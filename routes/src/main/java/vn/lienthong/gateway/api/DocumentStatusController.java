package vn.lienthong.gateway.api;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.lienthong.gateway.store.DocumentQueries;
import vn.lienthong.gateway.store.DocumentView;

/** {@code GET /api/v1/documents/{id}}: the sending partner follows its document to every recipient. */
@RestController
public class DocumentStatusController {

    private final PartnerAuthenticator authenticator;
    private final DocumentQueries documents;

    public DocumentStatusController(PartnerAuthenticator authenticator, DocumentQueries documents) {
        this.authenticator = authenticator;
        this.documents = documents;
    }

    /** Another partner's document answers 404, not 403, so ids of other agencies' documents leak nothing. */
    @GetMapping(path = "/api/v1/documents/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public DocumentView get(HttpServletRequest request, @PathVariable String id) {
        var partner = authenticator.authenticate(PartnerCredentials.of(request));
        boolean own = documents.senderConnectorOf(id).filter(partner.id()::equals).isPresent();
        return documents.find(id).filter(d -> own).orElseThrow(() -> new DocumentNotFoundException(id));
    }
}
