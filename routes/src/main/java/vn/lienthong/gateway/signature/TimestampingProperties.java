package vn.lienthong.gateway.signature;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * RFC 3161 time-stamps over the evidence ({@code lienthong.timestamping.*}); off while {@code tsa-url} is unset.
 *
 * @param tsaUrl the time-stamp authority's HTTP address
 * @param tsaCertificates PEM files of the TSA certificates whose answers are trusted
 * @param interval how often packages still missing a time-stamp are looked for
 * @param retryDelay the first pause after a failed request; it doubles per failure, up to an hour
 * @param timeout how long one request to the TSA may take
 */
@Validated
@ConfigurationProperties(prefix = "lienthong.timestamping")
public record TimestampingProperties(
        URI tsaUrl,
        @DefaultValue List<Path> tsaCertificates,
        @DefaultValue("10s") @DurationMin(millis = 1) Duration interval,
        @DefaultValue("30s") @DurationMin(millis = 1) Duration retryDelay,
        @DefaultValue("10s") @DurationMin(millis = 1) Duration timeout) {

    public boolean enabled() {
        return tsaUrl != null;
    }
}
