package vn.lienthong.gateway.connector;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code lienthong.connectors-watch.*} settings: reloading connector files when they change on disk.
 *
 * @param enabled when false, edited connector files take effect only at the next start (or an explicit reload)
 * @param debounce how long the directory must stay quiet after a change before it is reloaded, so that an editor's
 *     several writes or a copy of many files make one reload, not a reload of half-written files
 */
@Validated
@ConfigurationProperties(prefix = "lienthong.connectors-watch")
public record ConnectorsWatchProperties(@DefaultValue("true") boolean enabled, @DefaultValue("1s") @DurationMin(millis = 0) Duration debounce) {
}
