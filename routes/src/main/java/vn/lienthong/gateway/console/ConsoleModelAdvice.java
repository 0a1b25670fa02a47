package vn.lienthong.gateway.console;

import java.security.Principal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts what every console page shows in its header into the model. */
@ControllerAdvice(basePackageClasses = ConsoleModelAdvice.class)
public class ConsoleModelAdvice {

    @ModelAttribute("currentUser")
    public String currentUser(Principal principal) {
        return principal == null ? "" : principal.getName();
    }
}
