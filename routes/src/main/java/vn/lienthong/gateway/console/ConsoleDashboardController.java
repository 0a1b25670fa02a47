package vn.lienthong.gateway.console;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.lienthong.gateway.alerts.ActiveAlerts;

/** {@code /console}: the alerts in force, today's counts, per connector, and the last 24 hours and 7 days as bar charts. */
@Controller
public class ConsoleDashboardController {

    private final DashboardQueries dashboard;
    private final ActiveAlerts alerts;

    public ConsoleDashboardController(DashboardQueries dashboard, ActiveAlerts alerts) {
        this.dashboard = dashboard;
        this.alerts = alerts;
    }

    /** A reporter reads the statistics and nothing else: the console opens on them. */
    @GetMapping({"/console", "/console/"})
    public String dashboard(Model model, Authentication user) {
        if (ConsoleModelAdvice.reporterOnly(user)) {
            return "redirect:/console/statistics";
        }
        model.addAttribute("dashboard", dashboard.today());
        model.addAttribute("alerts", alerts.all());
        return "console/dashboard";
    }
}
