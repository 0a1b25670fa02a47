package vn.lienthong.distribution;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** The alert rules and the dashboard of {@code deploy/}, read as Prometheus and Grafana read them. */
final class MonitoringKit {

    static final Path DEPLOY = Path.of(System.getProperty("lienthong.deploy-dir", "../deploy"));
    static final Path RULES = DEPLOY.resolve("prometheus/lienthong-rules.yml");
    static final Path RULE_TESTS = DEPLOY.resolve("prometheus/lienthong-rules.test.yml");
    static final Path DASHBOARD = DEPLOY.resolve("grafana/lienthong.json");

    private MonitoringKit() {
    }

    /** Every {@code expr} of every rule group. */
    static List<String> ruleExpressions() throws IOException {
        List<String> expressions = new ArrayList<>();
        for (JsonNode group : new YAMLMapper().readTree(RULES.toFile()).path("groups")) {
            group.path("rules").forEach(rule -> expressions.add(rule.path("expr").asText()));
        }
        return expressions;
    }

    /** Every {@code expr} of the dashboard's panels, nested rows included. */
    static List<String> dashboardExpressions() throws IOException {
        List<String> expressions = new ArrayList<>();
        new ObjectMapper().readTree(DASHBOARD.toFile()).findValues("expr")
                .forEach(expr -> expressions.add(expr.asText()));
        return expressions;
    }

    /** The metrics the rules and the dashboard read from the gateways, Prometheus' own series left out. */
    static Set<String> metricsNamed() throws IOException {
        Set<String> names = new TreeSet<>();
        ruleExpressions().forEach(expr -> names.addAll(MetricNames.inExpression(expr)));
        dashboardExpressions().forEach(expr -> names.addAll(MetricNames.inExpression(expr)));
        new ObjectMapper().readTree(DASHBOARD.toFile()).path("templating").path("list")
                .forEach(variable -> names.addAll(MetricNames.inVariableQuery(variable.path("query").asText())));
        names.removeAll(MetricNames.PROMETHEUS_OWN);
        return names;
    }
}
