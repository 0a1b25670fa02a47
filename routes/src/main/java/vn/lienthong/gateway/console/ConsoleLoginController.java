package vn.lienthong.gateway.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's own login page; Spring Security handles the form's POST. */
@Controller
public class ConsoleLoginController {

    @GetMapping("/console/login")
    public String login() {
        return "console/login";
    }
}
