package vn.lienthong.gateway.api;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.lienthong.connectors.rest.RestTransportProvider;
import vn.lienthong.gateway.intake.InboundPackage;
import vn.lienthong.gateway.intake.IntakeReceipt;
import vn.lienthong.gateway.intake.IntakeService;

/**
 * The REST intake adapter: turns {@code POST /api/v1/documents} and {@code POST /api/v1/statuses} into the
 * canonical input and answers 202.
 */
@RestController
public class DocumentIntakeController {

    /** Tells a partner that re-posted a package that it got the first id back, not a second delivery. */
    public static final String DUPLICATE_HEADER = "X-Lienthong-Duplicate";

    private final PartnerAuthenticator authenticator;
    private final PartnerLimits limits;
    private final IntakeService intake;
    private final Clock clock;

    public DocumentIntakeController(PartnerAuthenticator authenticator, PartnerLimits limits,
                                    IntakeService intake, Clock clock) {
        this.authenticator = authenticator;
        this.limits = limits;
        this.intake = intake;
        this.clock = clock;
    }

    @PostMapping(path = "/api/v1/documents", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, String>> post(HttpServletRequest request) throws IOException {
        try (InboundPackage input = canonical(request)) {
            return accepted(intake.receiveDocument(input));
        }
    }

    /** The status id is the id of the message that carries the status on, so it can be followed like a document. */
    @PostMapping(path = "/api/v1/statuses", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, String>> postStatus(HttpServletRequest request) throws IOException {
        try (InboundPackage input = canonical(request)) {
            return accepted(intake.receiveStatus(input));
        }
    }

    /** Who sends, then whether it may send now, then the body within its size limit: the cheap refusals first. */
    private InboundPackage canonical(HttpServletRequest request) throws IOException {
        var partner = authenticator.authenticate(PartnerCredentials.of(request));
        limits.admit(partner);
        return new InboundPackage(limits.readBody(partner, request), RestTransportProvider.CHANNEL, partner,
                clock.instant());
    }

    private static ResponseEntity<Map<String, String>> accepted(IntakeReceipt receipt) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/documents/" + receipt.id()))
                .header(DUPLICATE_HEADER, String.valueOf(receipt.duplicate()))
                .body(Map.of("id", receipt.id(), "status", receipt.status()));
    }
}
