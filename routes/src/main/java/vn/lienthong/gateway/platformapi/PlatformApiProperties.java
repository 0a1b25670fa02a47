package vn.lienthong.gateway.platformapi;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code lienthong.platform-api.*} settings of the platform-compatible API, which e-office systems built on the
 * national platform's SDK call as if the gateway were the platform.
 *
 * @param basePath the prefix of every operation: the SDK's endpoint is {@code http://gateway:8080<basePath>}, and
 *     it calls {@code <basePath>/sendEdoc}, {@code <basePath>/getEdoc}, …
 * @param maxTimestampAge refuse a request whose signed timestamp is further than this from the gateway's clock;
 *     unset (the default) checks only its format, because the SDK takes its timestamp once, when the e-office
 *     builds its service object, and sends that same value for as long as the object lives
 * @param timestampZone the zone the callers write their timestamps in (the SDK writes local time without a zone)
 */
@ConfigurationProperties(prefix = "lienthong.platform-api")
public record PlatformApiProperties(@DefaultValue("/vdxp") String basePath,
                                    Duration maxTimestampAge,
                                    @DefaultValue("Asia/Ho_Chi_Minh") ZoneId timestampZone) {

    /** The property the controller's mapping and the security chain read, with the same default. */
    public static final String BASE_PATH_PLACEHOLDER = "${lienthong.platform-api.base-path:/vdxp}";

    /** A time in the lists' {@code created_time}, {@code sentTime}, …: ISO 8601 with the offset of the zone. */
    public String format(Instant at) {
        return at == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ZonedDateTime.ofInstant(at,
                timestampZone));
    }
}
