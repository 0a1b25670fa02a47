package vn.lienthong.gateway.config;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code lienthong.*} settings of the core path.
 *
 * @param dataDir where the embedded database, the broker journal and the package store live
 * @param connectorsDir the directory of connector {@code *.yaml} files read at start-up
 * @param intake limits applied to every incoming package
 * @param dispatch how undelivered work is found again and how long an attempt may hold a delivery
 */
@Validated
@ConfigurationProperties(prefix = "lienthong")
public record LienthongProperties(@DefaultValue("./data") @NotNull Path dataDir,
                                  @DefaultValue("./config/connectors") @NotNull Path connectorsDir,
                                  @DefaultValue @Valid Intake intake, @DefaultValue @Valid Dispatch dispatch) {

    /**
     * @param maxPackageSize a larger body is refused with 413 before it is parsed
     */
    public record Intake(@DefaultValue("50MB") DataSize maxPackageSize) {
    }

    /**
     * @param sweepInterval how often the outbox sweeper looks for committed work that is not queued
     * @param sweepGrace how long past its due time a delivery may sit before the sweeper queues it again
     * @param lease how long one attempt may hold a delivery before a crash is assumed and it is retried
     * @param releaseLeasesAtStartup retry at once the attempts this instance (same instance id) left in flight when
     *     it died; those of other instances are retried only when their lease ends
     */
    public record Dispatch(@DefaultValue("30s") @DurationMin(millis = 1) Duration sweepInterval,
                           @DefaultValue("2m") @DurationMin(millis = 0) Duration sweepGrace,
                           @DefaultValue("5m") @DurationMin(millis = 1) Duration lease,
                           @DefaultValue("true") boolean releaseLeasesAtStartup) {
    }
}
