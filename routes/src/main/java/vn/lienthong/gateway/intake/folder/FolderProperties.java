package vn.lienthong.gateway.intake.folder;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code lienthong.folder.*} settings of the folder transport's inboxes.
 *
 * @param pollDelay how often each folder connector's inbox is looked at for new packages; shorter picks packages up
 *     sooner at the cost of listing the folder more often (on a network share, each listing is a round trip)
 */
@Validated
@ConfigurationProperties(prefix = "lienthong.folder")
public record FolderProperties(@DefaultValue("2s") @DurationMin(millis = 1) Duration pollDelay) {
}
