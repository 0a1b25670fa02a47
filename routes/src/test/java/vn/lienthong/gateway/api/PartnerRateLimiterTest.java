package vn.lienthong.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.ConnectorLimits;
import vn.lienthong.connectors.spi.RateLimit;
import vn.lienthong.connectors.spi.RetryPolicy;
import vn.lienthong.connectors.spi.SignatureVerifyMode;
import vn.lienthong.connectors.spi.Timeouts;
import vn.lienthong.connectors.spi.TransportType;

/** Each connector has its own token bucket: its burst passes, the next request is refused with a wait. */
class PartnerRateLimiterTest {

    private final PartnerRateLimiter limiter = new PartnerRateLimiter();

    @Test
    void theBurstPassesAndTheNextRequestWaitsForItsToken() {
        ConnectorDefinition district = connector("phong-gddt-thach-ha", new RateLimit(1, Duration.ofHours(1), 3));
        for (int i = 0; i < 3; i++) {
            limiter.acquire(district);
        }

        RateLimitExceededException refusal = catchThrowableOfType(RateLimitExceededException.class,
                () -> limiter.acquire(district));

        assertThat(refusal.retryAfterSeconds().orElseThrow()).isBetween(3500L, 3600L);
        assertThat(refusal.getMessage()).startsWith("connector phong-gddt-thach-ha is limited to 1/h, burst 3 requests");
    }

    @Test
    void oneConnectorsRateDoesNotSlowAnother() {
        ConnectorDefinition district = connector("phong-gddt-thach-ha", new RateLimit(1, Duration.ofHours(1), 1));
        ConnectorDefinition ministry = connector("bo-gddt", new RateLimit(1, Duration.ofHours(1), 1));
        limiter.acquire(district);

        assertThatCode(() -> limiter.acquire(ministry)).doesNotThrowAnyException();
    }

    @Test
    void aChangedLimitStartsAFreshBucket() {
        limiter.acquire(connector("phong-gddt-thach-ha", new RateLimit(1, Duration.ofHours(1), 1)));

        assertThatCode(() -> limiter.acquire(connector("phong-gddt-thach-ha", new RateLimit(2, Duration.ofHours(1), 2))))
                .doesNotThrowAnyException();
    }

    @Test
    void aConnectorWithoutARateIsNeverRefused() {
        ConnectorDefinition unlimited = connector("so-gddt-ha-tinh", null);

        assertThatCode(() -> {
            for (int i = 0; i < 10_000; i++) {
                limiter.acquire(unlimited);
            }
        }).doesNotThrowAnyException();
    }

    static ConnectorDefinition connector(String id, RateLimit rate) {
        return new ConnectorDefinition(id, id, List.of("000.20.31.H53"), TransportType.of("rest"), null, null,
                RetryPolicy.DEFAULT, SignatureVerifyMode.OPTIONAL, false, Timeouts.DEFAULT, 1, null, Map.of(), null,
                new ConnectorLimits(null, rate));
    }
}
