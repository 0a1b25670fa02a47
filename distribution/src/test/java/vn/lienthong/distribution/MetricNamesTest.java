package vn.lienthong.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The PromQL reading the monitoring check relies on: metrics found, functions, labels and durations not. */
class MetricNamesTest {

    @Test
    void aRatioOfRatesNamesItsMetricOnce() {
        assertThat(MetricNames.inExpression("""
                sum(rate(http_server_requests_seconds_count{uri=~"/api/v1/.*", status=~"5.."}[5m]))
                / sum(rate(http_server_requests_seconds_count{uri=~"/api/v1/.*"}[5m])) > 0.05"""))
                .containsExactly("http_server_requests_seconds_count");
    }

    @Test
    void groupingLabelsKeywordsAndGrafanaVariablesAreNoMetrics() {
        assertThat(MetricNames.inExpression("""
                sum by (connector) (increase(lienthong_deliveries_total{outcome!="ACCEPTED"}[$__rate_interval])) > 0
                unless on (connector) histogram_quantile(0.95, sum by (connector, le)
                (rate(lienthong_delivery_latency_seconds_bucket{job=~"$job"}[5m]))) * 60"""))
                .containsExactly("lienthong_deliveries_total", "lienthong_delivery_latency_seconds_bucket");
    }

    @Test
    void aBareComparisonNamesItsMetric() {
        assertThat(MetricNames.inExpression("up{job=\"lienthong\"} == 0")).containsExactly("up");
        assertThat(MetricNames.inVariableQuery("label_values(lienthong_documents_received_total, job)"))
                .containsExactly("lienthong_documents_received_total");
    }

    @Test
    void aScrapeListsItsSampleNames() {
        assertThat(MetricNames.inScrape("""
                # HELP lienthong_queue_depth Work messages ready
                # TYPE lienthong_queue_depth gauge
                lienthong_queue_depth{connector="bo-gddt"} 0.0
                lienthong_documents_received_total 3.0
                """)).containsExactly("lienthong_documents_received_total", "lienthong_queue_depth");
    }
}
