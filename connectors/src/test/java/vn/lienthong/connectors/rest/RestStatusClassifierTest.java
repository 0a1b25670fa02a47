package vn.lienthong.connectors.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.lienthong.connectors.spi.DeliveryOutcome.Result;

class RestStatusClassifierTest {

    @ParameterizedTest(name = "HTTP {0} is {1}")
    @CsvSource({
        "200, ACCEPTED", "201, ACCEPTED", "202, ACCEPTED", "204, ACCEPTED",
        "408, TRANSIENT_FAILURE", "429, TRANSIENT_FAILURE", "500, TRANSIENT_FAILURE",
        "502, TRANSIENT_FAILURE", "503, TRANSIENT_FAILURE", "504, TRANSIENT_FAILURE",
        "400, PERMANENT_REFUSAL", "401, PERMANENT_REFUSAL", "403, PERMANENT_REFUSAL",
        "404, PERMANENT_REFUSAL", "409, PERMANENT_REFUSAL", "413, PERMANENT_REFUSAL",
        "301, PERMANENT_REFUSAL"
    })
    void classifiesStatusAsArchitectureDefines(int status, Result expected) {
        assertThat(RestStatusClassifier.classify(status, "").result()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"400, 'Thiếu trường Subject'"})
    void keepsThePartnersExplanationInTheDetail(int status, String body) {
        assertThat(RestStatusClassifier.classify(status, body).detail()).isEqualTo("HTTP 400: Thiếu trường Subject");
    }
}
