package vn.lienthong.gateway.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jms.JmsException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.lienthong.gateway.refusal.Refusal;
import vn.lienthong.gateway.refusal.Refusals;
import vn.lienthong.schemas.model.PackageRejectedException;

/** Renders every refusal as RFC 9457 problem+json that names the element, the rule and the value. */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private final ObjectMapper json;

    public ProblemAdvice(ObjectMapper json) {
        this.json = json;
    }

    /** The {@link Refusals} table's exceptions; the store and broker ones are listed as Spring matches by type. */
    @ExceptionHandler({Refusal.class, PackageRejectedException.class, DataAccessResourceFailureException.class,
            TransientDataAccessException.class, JmsException.class})
    ResponseEntity<?> refused(RuntimeException failure) throws JsonProcessingException {
        Refusal refusal = Refusals.of(failure).orElseThrow(() -> failure);
        if (refusal.status() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            log.error("Intake refused: store or broker unavailable", failure);
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(refusal.status());
        // Retry-After tells a well-behaved partner when to come back, so it need not guess a backoff.
        refusal.retryAfterSeconds()
                .ifPresent(seconds -> answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds)));
        if (refusal instanceof PartnerAuthenticationException) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE,
                    "ApiKey header=\"" + PartnerAuthenticator.API_KEY_HEADER + "\"");
        }
        ProblemDetail problem = problem(refusal);
        if (refusal instanceof PackageTooLargeException) {
            return unreadBodyAnswer(answer, problem);
        }
        return answer.body(problem);
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

    /** The refusal's fields as a problem, with a {@code violations} member when it names any. */
    static ProblemDetail problem(Refusal refusal) {
        ProblemDetail problem = problem(HttpStatus.valueOf(refusal.status()), refusal.type(), refusal.title(),
                refusal.detail());
        if (!refusal.violations().isEmpty()) {
            problem.setProperty("violations", refusal.violations().stream()
                    .map(v -> Map.of("element", v.element(), "rule", v.rule(), "value", v.value()))
                    .toList());
        }
        return problem;
    }

    /** A problem of the gateway's own type namespace; shared with the admin API's advice. */
    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(Refusal.TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    /**
     * Written with its length and {@code Connection: close}: the rest of the body is never read, so the server
     * closes the connection once the answer is out, and a chunked answer would be cut before its last chunk.
     */
    private ResponseEntity<byte[]> unreadBodyAnswer(ResponseEntity.BodyBuilder answer, ProblemDetail problem)
            throws JsonProcessingException {
        byte[] body = json.writeValueAsBytes(problem);
        return answer.contentType(MediaType.APPLICATION_PROBLEM_JSON).contentLength(body.length)
                .header(HttpHeaders.CONNECTION, "close").body(body);
    }
}
