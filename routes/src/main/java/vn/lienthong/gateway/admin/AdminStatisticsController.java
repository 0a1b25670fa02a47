package vn.lienthong.gateway.admin;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lienthong.gateway.config.OperationsProperties;
import vn.lienthong.gateway.statistics.StatisticsCsv;
import vn.lienthong.gateway.statistics.StatisticsPeriod;
import vn.lienthong.gateway.statistics.StatisticsReport;
import vn.lienthong.gateway.statistics.StatisticsRequest;
import vn.lienthong.gateway.statistics.StatisticsService;

/**
 * {@code /api/admin/statistics}: the exchange's figures by period and unit, as JSON for dashboards (the IOC polls
 * it with a reporting key) or as CSV for a spreadsheet; every read is audited.
 */
@RestController
public class AdminStatisticsController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final StatisticsService statistics;
    private final StatisticsCsv csv;
    private final OperationsProperties operations;
    private final Clock clock;

    public AdminStatisticsController(StatisticsService statistics, StatisticsCsv csv, OperationsProperties operations,
                                     Clock clock) {
        this.statistics = statistics;
        this.csv = csv;
        this.operations = operations;
        this.clock = clock;
    }

    @Operation(summary = "Documents, deliveries, signatures, statuses and deadlines by period and unit",
            description = "Any reading role, or a reporting key (X-API-Key, role REPORTER). period=day|month|"
                    + "school-year|custom with value=2026-11-20|2026-11|2026-2027, or from/to (yyyy-MM-dd) for custom; "
                    + "by=agency|connector; direction=sent|received (both when absent). Add format=csv for CSV.")
    @GetMapping(path = "/api/admin/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
    public StatisticsReport json(@ParameterObject StatisticsRequest request, Principal principal) {
        return read(request, principal, "api");
    }

    @Operation(summary = "The same figures as CSV (UTF-8 with BOM), header row in Vietnamese or English",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv")))
    @GetMapping(path = "/api/admin/statistics", params = "format=csv")
    public ResponseEntity<byte[]> csv(@ParameterObject StatisticsRequest request,
                                      @Parameter(description = "vi (default) or en") @RequestParam(required = false)
                                      String lang, Principal principal) {
        StatisticsReport report = read(request, principal, "csv");
        Locale locale = "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        String file = "thong-ke-" + report.period().label().replace("..", "_") + "-" + report.grouping().name()
                .toLowerCase(Locale.ROOT) + ".csv";
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build()
                        .toString())
                .body(csv.write(report, locale));
    }

    private StatisticsReport read(StatisticsRequest request, Principal principal, String channel) {
        StatisticsPeriod period = request.resolvePeriod(clock, operations.timeZone());
        return statistics.read(principal.getName(), channel, period, request.grouping(), request.sides());
    }
}
