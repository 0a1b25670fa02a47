package vn.lienthong.gateway.soap;

import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.lienthong.gateway.refusal.Refusal;
import vn.lienthong.gateway.refusal.Refusals;
import vn.lienthong.schemas.soap.GatewayFault;
import vn.lienthong.schemas.soap.GatewayProblem;
import vn.lienthong.schemas.soap.Violation;

/**
 * Renders a {@link Refusal} as the WSDL's GatewayFault with the same type, title, status, detail and violations as
 * the REST API's problem+json (ProblemAdvice), so a partner reads one vocabulary.
 */
final class SoapFaults {

    private static final Logger log = LoggerFactory.getLogger(SoapFaults.class);

    private SoapFaults() {
    }

    /** Runs one operation, rendering the refusal it may end with; any other failure is the gateway's own. */
    static <T> T guard(Supplier<T> operation) throws GatewayFault {
        try {
            return operation.get();
        } catch (RuntimeException failure) {
            Optional<Refusal> refusal = Refusals.of(failure);
            if (refusal.isEmpty()) {
                throw failure;
            }
            if (refusal.get().status() == 503) {
                log.error("SOAP intake refused: store or broker unavailable", failure);
            }
            throw fault(refusal.get());
        }
    }

    private static GatewayFault fault(Refusal refusal) {
        return new GatewayFault(refusal.title() + ": " + refusal.detail(), problem(refusal));
    }

    /** The REST problem's fields as the WSDL's fault detail. */
    static GatewayProblem problem(Refusal refusal) {
        GatewayProblem problem = new GatewayProblem();
        problem.setType(refusal.typeUri());
        problem.setTitle(refusal.title());
        problem.setStatus(refusal.status());
        problem.setDetail(refusal.detail());
        refusal.violations().forEach(v -> problem.getViolation().add(violation(v)));
        return problem;
    }

    private static Violation violation(vn.lienthong.schemas.model.Violation broken) {
        Violation violation = new Violation();
        violation.setElement(broken.element());
        violation.setRule(broken.rule());
        violation.setValue(broken.value());
        return violation;
    }
}
