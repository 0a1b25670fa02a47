package vn.lienthong.gateway.console;

import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.lienthong.gateway.security.Role;

/** Puts what every console page shows in its header into the model. */
@ControllerAdvice(basePackageClasses = ConsoleModelAdvice.class)
public class ConsoleModelAdvice {

    @ModelAttribute("currentUser")
    public String currentUser(Principal principal) {
        return principal == null ? "" : principal.getName();
    }

    /** The navigation shows a reporter only the statistics, the one page its role opens. */
    @ModelAttribute("reporterOnly")
    public boolean reporterOnlyAttribute(Authentication user) {
        return reporterOnly(user);
    }

    static boolean reporterOnly(Authentication user) {
        if (user == null) {
            return false;
        }
        Set<String> roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return roles.contains("ROLE_" + Role.REPORTER.name())
                && java.util.Arrays.stream(Role.all()).noneMatch(r -> roles.contains("ROLE_" + r));
    }
}
