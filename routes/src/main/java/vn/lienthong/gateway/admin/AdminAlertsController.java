package vn.lienthong.gateway.admin;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.lienthong.gateway.alerts.ActiveAlerts;
import vn.lienthong.gateway.alerts.Alert;

/** The alerts in force: stuck messages, failing connectors, expiring certificates. */
@RestController
public class AdminAlertsController {

    private final ActiveAlerts alerts;

    public AdminAlertsController(ActiveAlerts alerts) {
        this.alerts = alerts;
    }

    @Operation(summary = "Alerts in force as of the last check, the oldest condition first")
    @GetMapping(path = "/api/admin/alerts", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<Alert> all() {
        return alerts.all();
    }
}
