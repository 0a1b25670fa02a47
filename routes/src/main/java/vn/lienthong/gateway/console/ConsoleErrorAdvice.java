package vn.lienthong.gateway.console;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

import vn.lienthong.gateway.operations.InvalidRequestException;
import vn.lienthong.gateway.operations.NotFoundException;

/** A bad filter or an unknown id in the console gets a page that says what was wrong, not a stack trace. */
@ControllerAdvice(basePackageClasses = ConsoleErrorAdvice.class)
public class ConsoleErrorAdvice {

    @ExceptionHandler(InvalidRequestException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public ModelAndView invalid(InvalidRequestException e) {
        return new ModelAndView("console/error", "problem", e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public ModelAndView notFound(NotFoundException e) {
        return new ModelAndView("console/error", "problem", e.getMessage());
    }
}
