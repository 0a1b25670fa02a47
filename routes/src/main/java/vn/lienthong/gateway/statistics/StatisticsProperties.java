package vn.lienthong.gateway.statistics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code lienthong.statistics.*} settings.
 *
 * @param rollupInterval how often the per-day rollups are refreshed (on one instance at a time): a day changed since
 *     the last refresh is counted live until the next one, so a shorter interval makes long reports cheaper sooner
 */
@ConfigurationProperties(prefix = "lienthong.statistics")
public record StatisticsProperties(@DefaultValue("10m") Duration rollupInterval) {
}
