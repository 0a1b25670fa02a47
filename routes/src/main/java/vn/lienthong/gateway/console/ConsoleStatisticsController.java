package vn.lienthong.gateway.console;

import java.security.Principal;
import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.lienthong.gateway.config.OperationsProperties;
import vn.lienthong.gateway.statistics.StatisticsPeriod;
import vn.lienthong.gateway.statistics.StatisticsRequest;
import vn.lienthong.gateway.statistics.StatisticsService;

/** {@code /console/statistics}: the period's figures with charts and a table sortable by any column; audited. */
@Controller
public class ConsoleStatisticsController {

    private final StatisticsService statistics;
    private final OperationsProperties operations;
    private final Clock clock;

    public ConsoleStatisticsController(StatisticsService statistics, OperationsProperties operations, Clock clock) {
        this.statistics = statistics;
        this.operations = operations;
        this.clock = clock;
    }

    @GetMapping("/console/statistics")
    public String statistics(@ModelAttribute("query") StatisticsRequest query, Principal principal, Model model) {
        StatisticsPeriod period = query.resolvePeriod(clock, operations.timeZone());
        model.addAttribute("page", StatisticsPage.of(statistics.read(principal.getName(), "console", period,
                query.grouping(), query.sides())));
        model.addAttribute("periods", new String[] {"day", "month", "school-year", "custom"});
        return "console/statistics";
    }
}
