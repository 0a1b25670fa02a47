package vn.lienthong.connectors.vdxp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.lienthong.connectors.spi.DeliveryOutcome.Result;

/** The retry table applied to the answers a sender can get, known codes and unknown ones. */
class VdxpErrorCodeTest {

    @Test
    void onlyOkWithCodeZeroOnA2xxIsAccepted() {
        assertThat(reply(200, "OK", "0").outcome().result()).isEqualTo(Result.ACCEPTED);
        assertThat(reply(200, "OK", "").outcome().result()).isNotEqualTo(Result.ACCEPTED);
        assertThat(reply(500, "OK", "0").outcome().result()).isEqualTo(Result.TRANSIENT_FAILURE);
        assertThat(VdxpReply.of(200, null).ok()).isFalse();
    }

    @Test
    void aRefusedPackageIsPermanentAndWrongCredentialsAreRetried() {
        assertThat(reply(400, "FAIL", "INVALID_PACKAGE").outcome().result()).isEqualTo(Result.PERMANENT_REFUSAL);
        assertThat(reply(400, "FAIL", "INVALID_HASH_FILE").outcome().result()).isEqualTo(Result.PERMANENT_REFUSAL);
        assertThat(reply(403, "FAIL", "SENDER_NOT_ALLOWED").outcome().result()).isEqualTo(Result.PERMANENT_REFUSAL);
        assertThat(reply(401, "FAIL", "INVALID_SIGNATURE").outcome().result()).isEqualTo(Result.TRANSIENT_FAILURE);
        assertThat(reply(401, "FAIL", "UNKNOWN_SYSTEM").outcome().result()).isEqualTo(Result.TRANSIENT_FAILURE);
        assertThat(reply(200, "FAIL", "INVALID_PACKAGE").outcome().result()).isEqualTo(Result.PERMANENT_REFUSAL);
    }

    @Test
    void anUnknownCodeIsRetriedUnlessA4xxSaysOtherwiseAndOverloadIsAlwaysRetried() {
        assertThat(reply(200, "FAIL", "-1").outcome().result()).isEqualTo(Result.TRANSIENT_FAILURE);
        assertThat(reply(404, "FAIL", "-1").outcome().result()).isEqualTo(Result.PERMANENT_REFUSAL);
        assertThat(reply(503, "FAIL", "INVALID_PACKAGE").outcome().result()).isEqualTo(Result.TRANSIENT_FAILURE);
        assertThat(reply(429, "FAIL", "-1").outcome().result()).isEqualTo(Result.TRANSIENT_FAILURE);
        assertThat(reply(400, "FAIL", "RATE_LIMITED").outcome().result()).isEqualTo(Result.TRANSIENT_FAILURE);
    }

    @Test
    void everyRefusalCodeAnswersWithAnErrorStatus() {
        for (VdxpErrorCode code : VdxpErrorCode.values()) {
            if (code != VdxpErrorCode.OK) {
                assertThat(code.httpStatus()).as(code.name()).isGreaterThanOrEqualTo(400);
                assertThat(VdxpErrorCode.classify(code.httpStatus(), "FAIL", code.code()))
                        .as(code.name()).isNotEqualTo(VdxpErrorCode.Verdict.ACCEPTED);
            }
        }
    }

    private static VdxpReply reply(int http, String status, String code) {
        return new VdxpReply(http, status, code, "", "", null);
    }
}
