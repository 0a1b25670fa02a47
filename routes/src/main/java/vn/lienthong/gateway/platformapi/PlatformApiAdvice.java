package vn.lienthong.gateway.platformapi;

import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jms.JmsException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.lienthong.connectors.vdxp.VdxpAnswers;
import vn.lienthong.connectors.vdxp.VdxpErrorCode;
import vn.lienthong.connectors.vdxp.VdxpHeaders;
import vn.lienthong.connectors.vdxp.VdxpRefusal;
import vn.lienthong.gateway.api.PackageTooLargeException;
import vn.lienthong.gateway.api.RateLimitExceededException;
import vn.lienthong.gateway.inbox.InboxItemNotFoundException;
import vn.lienthong.gateway.intake.InsufficientStorageException;
import vn.lienthong.gateway.intake.SenderNotAllowedException;
import vn.lienthong.schemas.model.PackageRejectedException;
import vn.lienthong.schemas.model.Violation;

/**
 * Turns every refusal of the platform-compatible API into the platform's FAIL answer: an {@code ErrorCode} of
 * {@link VdxpErrorCode}, its HTTP status, and an {@code ErrorDesc} that names the element, the rule and the value
 * (non-ASCII \\u-escaped). It comes before the gateway's problem+json advice for this controller only.
 */
@RestControllerAdvice(assignableTypes = PlatformApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PlatformApiAdvice {

    private static final Logger log = LoggerFactory.getLogger(PlatformApiAdvice.class);
    private static final int MAX_VIOLATIONS = 10;

    @ExceptionHandler(VdxpRefusal.class)
    ResponseEntity<byte[]> refused(VdxpRefusal refusal) {
        log.info("Platform API refused a request: {} {}", refusal.code().code(), refusal.getMessage());
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(refusal.code().httpStatus())
                .contentType(MediaType.parseMediaType(VdxpAnswers.CONTENT_TYPE));
        return answer.body(VdxpAnswers.fail(refusal));
    }

    /** A package of the wrong kind for its {@code messagetype} names that header rather than a REST path. */
    @ExceptionHandler(PackageRejectedException.class)
    ResponseEntity<byte[]> invalidPackage(PackageRejectedException e) {
        List<Violation> violations = e.violations();
        if (violations.size() == 1 && List.of("document-expected", "status-expected")
                .contains(violations.get(0).ruleId().replace(":", ""))) {
            return refused(VdxpRefusal.of(VdxpErrorCode.INVALID_HEADER, VdxpHeaders.header(VdxpHeaders.MESSAGE_TYPE),
                    "matches-the-package: " + (violations.get(0).ruleId().startsWith("document")
                            ? "a status package is sent with messagetype status"
                            : "a document is sent with messagetype edoc"), null));
        }
        VdxpErrorCode code = violations.stream().allMatch(v -> v.ruleId().startsWith("recipient-reachable"))
                ? VdxpErrorCode.UNKNOWN_RECIPIENT : VdxpErrorCode.INVALID_PACKAGE;
        String description = violations.stream().limit(MAX_VIOLATIONS).map(Violation::toString)
                .collect(Collectors.joining("; "));
        return refused(new VdxpRefusal(code, violations.size() > MAX_VIOLATIONS
                ? description + "; " + (violations.size() - MAX_VIOLATIONS) + " more" : description));
    }

    @ExceptionHandler(SenderNotAllowedException.class)
    ResponseEntity<byte[]> senderNotAllowed(SenderNotAllowedException e) {
        return refused(VdxpRefusal.of(VdxpErrorCode.SENDER_NOT_ALLOWED, "MessageHeader/From/OrganId",
                "sender-authorised: " + e.getMessage(), e.sender()));
    }

    @ExceptionHandler(PackageTooLargeException.class)
    ResponseEntity<byte[]> tooLarge(PackageTooLargeException e) {
        return refused(new VdxpRefusal(VdxpErrorCode.PACKAGE_TOO_LARGE, "(body): " + e.getMessage()));
    }

    @ExceptionHandler(RateLimitExceededException.class)
    ResponseEntity<byte[]> rateLimited(RateLimitExceededException e) {
        ResponseEntity<byte[]> answer = refused(new VdxpRefusal(VdxpErrorCode.RATE_LIMITED, e.getMessage()));
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds())).body(answer.getBody());
    }

    @ExceptionHandler(InboxItemNotFoundException.class)
    ResponseEntity<byte[]> notFound(InboxItemNotFoundException e) {
        return refused(new VdxpRefusal(VdxpErrorCode.NOT_FOUND, VdxpHeaders.header(VdxpHeaders.DOC_ID) + ": "
                + e.getMessage()));
    }

    /** Without durable storage nothing is accepted: the caller tries again later. */
    @ExceptionHandler({DataAccessException.class, JmsException.class, InsufficientStorageException.class})
    ResponseEntity<byte[]> unavailable(RuntimeException e) {
        log.error("Platform API refused a request: store, broker or disk unavailable", e);
        return refused(new VdxpRefusal(VdxpErrorCode.UNAVAILABLE, "the gateway cannot store anything now; nothing "
                + "was accepted, try again later"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> unexpected(Exception e) {
        log.error("Platform API failed unexpectedly", e);
        return refused(new VdxpRefusal(VdxpErrorCode.INTERNAL_ERROR, "unexpected failure in the gateway; nothing "
                + "was accepted"));
    }
}
