package vn.lienthong.gateway.intake.platform;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code lienthong.platform.*} settings of the national (vdxp) and provincial (lgsp) platform inboxes.
 *
 * @param pollDelay how often each platform connector asks its platform for documents waiting for the department;
 *     one instance at a time polls (the poll lock), so shorter brings documents in sooner without polling twice
 */
@Validated
@ConfigurationProperties(prefix = "lienthong.platform")
public record PlatformProperties(@DefaultValue("30s") @DurationMin(millis = 1) Duration pollDelay) {
}
