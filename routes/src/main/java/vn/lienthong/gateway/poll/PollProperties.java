package vn.lienthong.gateway.poll;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code lienthong.poll.*} settings of the database lock that lets one instance at a time poll a route.
 *
 * @param lockAtMostFor how long a poll's lock outlives an instance that died while polling, after which another
 *     instance may poll that route; a poll must always end well within it, or two instances could poll at once
 */
@Validated
@ConfigurationProperties(prefix = "lienthong.poll")
public record PollProperties(@DefaultValue("10m") @DurationMin(millis = 1) Duration lockAtMostFor) {
}
