package vn.lienthong.connectors.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.lienthong.connectors.config.ConnectorFixtures.errorsOf;
import static vn.lienthong.connectors.config.ConnectorFixtures.fixture;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.lienthong.connectors.spi.ConnectorLimits;
import vn.lienthong.connectors.spi.RateLimit;

/** The {@code limits} section: a partner's largest package and its request rate, each optional. */
class ConnectorLimitsTest {

    private final ConnectorFileReader reader = new ConnectorFileReader();

    @Test
    void readsSizeRateAndBurst() throws Exception {
        ConnectorLimits limits = reader.read(fixture("valid-client-certificate-and-limits.yaml")).limits();

        assertThat(limits.maxPackageSize()).isEqualTo(10L * 1024 * 1024);
        assertThat(limits.rate()).isEqualTo(new RateLimit(50, Duration.ofSeconds(1), 100));
    }

    @Test
    void aSizeAloneIsBytesAndLeavesTheRateUnlimited() throws Exception {
        ConnectorLimits limits = reader.read(fixture("valid-limits-size-only.yaml")).limits();

        assertThat(limits.maxPackageSize()).isEqualTo(524_288L);
        assertThat(limits.rate()).isNull();
    }

    @Test
    void aRateWithoutBurstAllowsOnePeriodsWorthAtOnce() throws Exception {
        ConnectorLimits limits = reader.read(fixture("valid-limits-rate-per-minute.yaml")).limits();

        assertThat(limits.rate()).isEqualTo(new RateLimit(600, Duration.ofMinutes(1), 600));
        assertThat(limits.maxPackageSize()).isNull();
    }

    @Test
    void noSectionMeansNoLimitsOfItsOwn() throws Exception {
        assertThat(reader.read(fixture("valid-rest.yaml")).limits()).isEqualTo(ConnectorLimits.NONE);
    }

    @Test
    void everyMalformedLimitIsNamedWithItsValue() {
        assertThat(errorsOf("invalid-limits.yaml"))
                .extracting(ConnectorError::field, ConnectorError::message)
                .containsExactly(
                        tuple("limits.per-day", "unknown field \"per-day\" (known: max-package-size, rate, burst)"),
                        tuple("limits.max-package-size",
                                "must be a size from 1 byte to 1GB like 512KB, 10MB or 1GB, was \"10 mega\""),
                        tuple("limits.burst", "must be a whole number from 1 to 1000000, was 0"),
                        tuple("limits.rate", "must be requests per second, minute or hour from 1 to 1000000, "
                                + "like 50/s, 600/min or 1000/h, was \"nhanh\""));
    }

    @Test
    void aBurstWithoutARateAndATooLargeSizeAreRefused() {
        assertThat(errorsOf("invalid-burst-without-rate.yaml"))
                .extracting(ConnectorError::field, ConnectorError::message)
                .containsExactly(
                        tuple("limits.max-package-size",
                                "must be a size from 1 byte to 1GB like 512KB, 10MB or 1GB, was \"2GB\""),
                        tuple("limits.burst", "needs limits.rate (like 50/s, 600/min or 1000/h) to refill, was 20"));
    }

    @Test
    void checkConnectorsShowsTheLimits() throws Exception {
        assertThat(CheckConnectors.summary(reader.read(fixture("valid-client-certificate-and-limits.yaml"))))
                .contains(", max package 10485760 bytes, rate 50/s, burst 100");
    }
}
