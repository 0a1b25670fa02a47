package vn.lienthong.gateway.config;

import java.time.ZoneId;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code lienthong.operations.*} settings of the console and the admin API.
 *
 * @param timeZone the zone in which "today", the dashboard's hours and days, and date-only search filters are
 *     read; the department's own, so a day starts at its midnight
 * @param replayBatchSize how many messages a bulk replay job replays between two looks at the store; smaller
 *     batches let other work in between
 * @param partnerDownAfter how many failed attempts in a row make a connector's health component PARTNER_DOWN
 */
@Validated
@ConfigurationProperties(prefix = "lienthong.operations")
public record OperationsProperties(@DefaultValue("Asia/Ho_Chi_Minh") ZoneId timeZone,
                                   @DefaultValue("100") @Positive int replayBatchSize,
                                   @DefaultValue("3") @Positive int partnerDownAfter) {
}
