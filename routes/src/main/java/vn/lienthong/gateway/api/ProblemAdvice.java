package vn.lienthong.gateway.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jms.JmsException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.lienthong.gateway.inbox.InboxItemNotFoundException;
import vn.lienthong.gateway.intake.InsufficientStorageException;
import vn.lienthong.gateway.intake.SenderNotAllowedException;
import vn.lienthong.schemas.model.PackageRejectedException;
import vn.lienthong.schemas.model.Violation;

/** Turns every refusal into RFC 9457 problem+json that names the element, the rule and the value. */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);
    private static final String TYPE_BASE = "urn:lienthong:problem:";

    private final ObjectMapper json;

    public ProblemAdvice(ObjectMapper json) {
        this.json = json;
    }

    @ExceptionHandler(PackageRejectedException.class)
    ProblemDetail invalidPackage(PackageRejectedException e) {
        List<Violation> violations = e.violations();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-package", "Invalid edXML package",
                violations.size() == 1 ? violations.get(0).toString()
                        : violations.size() + " problems, first: " + violations.get(0));
        problem.setProperty("violations", violations.stream()
                .map(v -> Map.of("element", v.element(), "rule", v.rule(), "value", String.valueOf(v.value())))
                .toList());
        return problem;
    }

    @ExceptionHandler(PartnerAuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(PartnerAuthenticationException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + PartnerAuthenticator.API_KEY_HEADER + "\"")
                .body(problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Partner not authenticated", e.getMessage()));
    }

    @ExceptionHandler(SenderNotAllowedException.class)
    ProblemDetail senderNotAllowed(SenderNotAllowedException e) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "sender-not-allowed", "Sender not allowed",
                "MessageHeader/From/OrganId: sender-authorised: " + e.getMessage());
        problem.setProperty("violations", List.of(Map.of("element", "MessageHeader/From/OrganId",
                "rule", "sender-authorised: the connector's agencies only", "value", e.sender())));
        return problem;
    }

    /**
     * Written with its length and {@code Connection: close}: the rest of the body is never read, so the server
     * closes the connection once the answer is out, and a chunked answer would be cut before its last chunk.
     */
    @ExceptionHandler(PackageTooLargeException.class)
    ResponseEntity<byte[]> tooLarge(PackageTooLargeException e) throws JsonProcessingException {
        ProblemDetail problem = problem(HttpStatus.PAYLOAD_TOO_LARGE, "package-too-large", "Package too large",
                e.getMessage());
        byte[] body = json.writeValueAsBytes(problem);
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .contentLength(body.length)
                .header(HttpHeaders.CONNECTION, "close")
                .body(body);
    }

    /** Retry-After tells a well-behaved partner when its next token is due, so it need not guess a backoff. */
    @ExceptionHandler(RateLimitExceededException.class)
    ResponseEntity<ProblemDetail> rateLimited(RateLimitExceededException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests", e.getMessage()));
    }

    @ExceptionHandler(DocumentNotFoundException.class)
    ProblemDetail notFound(DocumentNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "No such document", e.getMessage());
    }

    @ExceptionHandler(InboxItemNotFoundException.class)
    ProblemDetail notInInbox(InboxItemNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "No such inbox item", e.getMessage());
    }

    /** Without durable storage nothing may be accepted: the partner must try again later. */
    @ExceptionHandler({CannotGetJdbcConnectionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessException.class, JmsException.class})
    ResponseEntity<ProblemDetail> storeUnavailable(RuntimeException e) {
        log.error("Intake refused: store or broker unavailable", e);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "30")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Temporarily unavailable",
                        "the gateway cannot reach its durable store; nothing was accepted, try again later"));
    }

    /** A query parameter of the wrong type (a page number that is SQL, say) is named with its value, like any refusal. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String parameter = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : String.valueOf(e.getPropertyName());
        String type = e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName().toLowerCase();
        String rule = "type " + type;
        String value = String.valueOf(e.getValue());
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                parameter + ": " + rule + " (got \"" + value + "\")");
        problem.setProperty("violations", List.of(Map.of("element", parameter, "rule", rule, "value", value)));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The data disk is below its reserve: refused before anything was written, and worth trying again later. */
    @ExceptionHandler(InsufficientStorageException.class)
    ResponseEntity<ProblemDetail> insufficientStorage(InsufficientStorageException e) {
        return ResponseEntity.status(HttpStatus.INSUFFICIENT_STORAGE)
                .header(HttpHeaders.RETRY_AFTER, "60")
                .body(problem(HttpStatus.INSUFFICIENT_STORAGE, "insufficient-storage", "Insufficient storage",
                        e.getMessage()));
    }

    /** A problem of the gateway's own type namespace; shared with the admin API's advice. */
    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }
}
