package vn.lienthong.gateway.admin;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.lienthong.gateway.api.ProblemAdvice;
import vn.lienthong.gateway.operations.InvalidRequestException;
import vn.lienthong.gateway.operations.NotFoundException;
import vn.lienthong.gateway.operations.NothingToChangeException;

/** The admin API's refusals as RFC 9457 problem+json, in the same shape as the partner API's. */
@RestControllerAdvice(basePackageClasses = AdminProblemAdvice.class)
public class AdminProblemAdvice {

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        ProblemDetail problem = ProblemAdvice.problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                e.getMessage());
        problem.setProperty("violations", List.of(Map.of("element", e.parameter(), "rule", e.rule(),
                "value", String.valueOf(e.value()))));
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemAdvice.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(NothingToChangeException.class)
    ProblemDetail nothingToChange(NothingToChangeException e) {
        return ProblemAdvice.problem(HttpStatus.CONFLICT, "nothing-to-change", "Nothing to change", e.getMessage());
    }
}
