package vn.lienthong.gateway.soap;

import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jms.JmsException;

import vn.lienthong.gateway.api.PackageTooLargeException;
import vn.lienthong.gateway.api.PartnerAuthenticationException;
import vn.lienthong.gateway.api.RateLimitExceededException;
import vn.lienthong.gateway.inbox.InboxItemNotFoundException;
import vn.lienthong.gateway.intake.InsufficientStorageException;
import vn.lienthong.gateway.intake.SenderNotAllowedException;
import vn.lienthong.schemas.model.PackageRejectedException;
import vn.lienthong.schemas.soap.GatewayFault;
import vn.lienthong.schemas.soap.GatewayProblem;
import vn.lienthong.schemas.soap.Violation;

/**
 * Turns the refusals of the shared services into the WSDL's GatewayFault with the same type, title, status,
 * detail and violations as the REST API's problem+json (ProblemAdvice), so a partner reads one vocabulary.
 */
final class SoapFaults {

    private static final Logger log = LoggerFactory.getLogger(SoapFaults.class);
    private static final String TYPE_BASE = "urn:lienthong:problem:";

    private SoapFaults() {
    }

    /** Runs one operation, translating the refusals it may end with. */
    static <T> T guard(Supplier<T> operation) throws GatewayFault {
        try {
            return operation.get();
        } catch (PackageRejectedException e) {
            List<Violation> violations = e.violations().stream()
                    .map(v -> violation(v.element(), v.rule(), String.valueOf(v.value()))).toList();
            throw fault(400, "invalid-package", "Invalid edXML package", violations.size() == 1
                    ? e.violations().get(0).toString()
                    : violations.size() + " problems, first: " + e.violations().get(0), violations);
        } catch (PartnerAuthenticationException e) {
            throw fault(401, "unauthenticated", "Partner not authenticated", e.getMessage(), List.of());
        } catch (SenderNotAllowedException e) {
            throw fault(403, "sender-not-allowed", "Sender not allowed",
                    "MessageHeader/From/OrganId: sender-authorised: " + e.getMessage(),
                    List.of(violation("MessageHeader/From/OrganId", "sender-authorised: the connector's agencies only",
                            e.sender())));
        } catch (PackageTooLargeException e) {
            throw fault(413, "package-too-large", "Package too large", e.getMessage(), List.of());
        } catch (RateLimitExceededException e) {
            throw fault(429, "rate-limited", "Too many requests", e.getMessage(), List.of());
        } catch (InboxItemNotFoundException e) {
            throw fault(404, "not-found", "No such inbox item", e.getMessage(), List.of());
        } catch (InsufficientStorageException e) {
            throw fault(507, "insufficient-storage", "Insufficient storage", e.getMessage(), List.of());
        } catch (DataAccessResourceFailureException | TransientDataAccessException | JmsException e) {
            log.error("SOAP intake refused: store or broker unavailable", e);
            throw fault(503, "unavailable", "Temporarily unavailable",
                    "the gateway cannot reach its durable store; nothing was accepted, try again later", List.of());
        }
    }

    private static GatewayFault fault(int status, String type, String title, String detail, List<Violation> violations) {
        return new GatewayFault(title + ": " + detail, problem(status, type, title, detail, violations));
    }

    /** The REST problem's fields as the WSDL's fault detail. */
    static GatewayProblem problem(int status, String type, String title, String detail, List<Violation> violations) {
        GatewayProblem problem = new GatewayProblem();
        problem.setType(TYPE_BASE + type);
        problem.setTitle(title);
        problem.setStatus(status);
        problem.setDetail(detail);
        problem.getViolation().addAll(violations);
        return problem;
    }

    static Violation violation(String element, String rule, String value) {
        Violation violation = new Violation();
        violation.setElement(element);
        violation.setRule(rule);
        violation.setValue(value);
        return violation;
    }
}
