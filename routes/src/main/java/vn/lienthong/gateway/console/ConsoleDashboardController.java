package vn.lienthong.gateway.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /console}: today's counts, per connector, and the last 24 hours and 7 days as bar charts. */
@Controller
public class ConsoleDashboardController {

    private final DashboardQueries dashboard;

    public ConsoleDashboardController(DashboardQueries dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping({"/console", "/console/"})
    public String dashboard(Model model) {
        model.addAttribute("dashboard", dashboard.today());
        return "console/dashboard";
    }
}
