package vn.lienthong.gateway.platformapi;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

import vn.lienthong.connectors.vdxp.VdxpAnswers;
import vn.lienthong.connectors.vdxp.VdxpErrorCode;
import vn.lienthong.connectors.vdxp.VdxpHeaders;
import vn.lienthong.connectors.vdxp.VdxpRefusal;
import vn.lienthong.gateway.intake.IntakeReceipt;

/**
 * The platform-compatible API: the national platform's client operations under {@code lienthong.platform-api
 * .base-path}, so that an e-office system built on the platform's SDK points its endpoint at the gateway and
 * works unchanged. Every answer is the platform's JSON ({@link VdxpAnswers}); refusals go through
 * {@link PlatformApiAdvice}.
 */
@RestController
@RequestMapping(PlatformApiProperties.BASE_PATH_PLACEHOLDER)
public class PlatformApiController {

    private static final List<String> SIGNED = List.of(VdxpHeaders.SYSTEM_ID, VdxpHeaders.TIMESTAMP);

    private final PlatformApiAuthenticator authenticator;
    private final PlatformSendEdoc sendEdoc;
    private final PlatformInboxOperations inbox;
    private final PlatformSentList sentList;

    public PlatformApiController(PlatformApiAuthenticator authenticator, PlatformSendEdoc sendEdoc,
                                 PlatformInboxOperations inbox, PlatformSentList sentList) {
        this.authenticator = authenticator;
        this.sendEdoc = sendEdoc;
        this.inbox = inbox;
        this.sentList = sentList;
    }

    /** {@code DocId} is the gateway's message id; a re-sent package gets the first one back. */
    @RequestMapping(path = "/sendEdoc", method = RequestMethod.POST)
    public ResponseEntity<byte[]> sendEdoc(HttpServletRequest request) throws IOException {
        IntakeReceipt receipt = sendEdoc.receive(authenticator.authenticate(request, PlatformSendEdoc.REQUIRED_KEYS),
                request);
        return ok(Map.of("DocId", receipt.id()));
    }

    @RequestMapping(path = "/getReceivedEdocList", method = {RequestMethod.GET, RequestMethod.POST})
    public ResponseEntity<byte[]> getReceivedEdocList(HttpServletRequest request) {
        return ok(Map.of("data", inbox.list(authenticator.authenticate(request, SIGNED))));
    }

    @RequestMapping(path = "/getEdoc", method = {RequestMethod.GET, RequestMethod.POST})
    public ResponseEntity<byte[]> getEdoc(HttpServletRequest request) {
        return ok(Map.of("data", inbox.getEdoc(authenticator.authenticate(request, SIGNED))));
    }

    @RequestMapping(path = "/updateStatus", method = {RequestMethod.GET, RequestMethod.POST})
    public ResponseEntity<byte[]> updateStatus(HttpServletRequest request) {
        inbox.updateStatus(authenticator.authenticate(request, SIGNED));
        return ok(Map.of());
    }

    @RequestMapping(path = "/countReceiveEdoc", method = {RequestMethod.GET, RequestMethod.POST})
    public ResponseEntity<byte[]> countReceiveEdoc(HttpServletRequest request) {
        return ok(Map.of("count", inbox.count(authenticator.authenticate(request, SIGNED), VdxpHeaders.TYPE_EDOC)));
    }

    @RequestMapping(path = "/countReceiveStatus", method = {RequestMethod.GET, RequestMethod.POST})
    public ResponseEntity<byte[]> countReceiveStatus(HttpServletRequest request) {
        return ok(Map.of("count", inbox.count(authenticator.authenticate(request, SIGNED),
                VdxpHeaders.TYPE_STATUS)));
    }

    @RequestMapping(path = "/getSentEdocList", method = {RequestMethod.GET, RequestMethod.POST})
    public ResponseEntity<byte[]> getSentEdocList(HttpServletRequest request) {
        return ok(Map.of("data", sentList.sentBy(authenticator.authenticate(request, SIGNED))));
    }

    /** Any other path under the prefix answers in the platform's shape too, not with a problem+json. */
    @RequestMapping(path = "/{operation}")
    public ResponseEntity<byte[]> unknown(@PathVariable String operation) {
        throw VdxpRefusal.of(VdxpErrorCode.UNKNOWN_OPERATION, "(operation)", "one of sendEdoc, getReceivedEdocList, "
                + "getEdoc, updateStatus, countReceiveEdoc, countReceiveStatus, getSentEdocList", operation);
    }

    private static ResponseEntity<byte[]> ok(Map<String, ?> members) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(VdxpAnswers.CONTENT_TYPE))
                .body(VdxpAnswers.ok(members));
    }
}
