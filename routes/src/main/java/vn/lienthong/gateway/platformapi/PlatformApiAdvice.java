package vn.lienthong.gateway.platformapi;

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
import vn.lienthong.connectors.vdxp.VdxpRefusal;
import vn.lienthong.gateway.api.RateLimitExceededException;
import vn.lienthong.gateway.refusal.Refusal;
import vn.lienthong.gateway.refusal.Refusals;
import vn.lienthong.schemas.model.PackageRejectedException;

/**
 * Turns every refusal of the platform-compatible API, its own and the gateway's (rendered by
 * {@link PlatformRefusals}), into the platform's FAIL answer: an {@code ErrorCode} of
 * {@link VdxpErrorCode}, its HTTP status, and an {@code ErrorDesc} that names the element, the rule and the value
 * (non-ASCII \\u-escaped). It comes before the gateway's problem+json advice for this controller only.
 */
@RestControllerAdvice(assignableTypes = PlatformApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PlatformApiAdvice {

    private static final Logger log = LoggerFactory.getLogger(PlatformApiAdvice.class);

    @ExceptionHandler(VdxpRefusal.class)
    ResponseEntity<byte[]> refused(VdxpRefusal refusal) {
        log.info("Platform API refused a request: {} {}", refusal.code().code(), refusal.getMessage());
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(refusal.code().httpStatus())
                .contentType(MediaType.parseMediaType(VdxpAnswers.CONTENT_TYPE));
        return answer.body(VdxpAnswers.fail(refusal));
    }

    /** The gateway's refusals, in the platform's words; rate limits also say when to come back. */
    @ExceptionHandler({Refusal.class, PackageRejectedException.class})
    ResponseEntity<byte[]> gatewayRefusal(RuntimeException failure) {
        Refusal refusal = Refusals.of(failure).orElseThrow(() -> failure);
        ResponseEntity<byte[]> answer = refused(PlatformRefusals.of(refusal));
        if (!(refusal instanceof RateLimitExceededException limited)) {
            return answer;
        }
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(limited.retryAfterSeconds().orElseThrow()))
                .body(answer.getBody());
    }

    /** Without durable storage nothing is accepted: the caller tries again later. */
    @ExceptionHandler({DataAccessException.class, JmsException.class})
    ResponseEntity<byte[]> unavailable(RuntimeException e) {
        log.error("Platform API refused a request: store or broker unavailable", e);
        return refused(PlatformRefusals.of(Refusal.unavailable(e)));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> unexpected(Exception e) {
        log.error("Platform API failed unexpectedly", e);
        return refused(new VdxpRefusal(VdxpErrorCode.INTERNAL_ERROR, "unexpected failure in the gateway; nothing "
                + "was accepted"));
    }
}
