package vn.lienthong.gateway.config;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code lienthong.*} settings of the core path.
 *
 * @param dataDir where the embedded database, the broker journal and the package store live
 * @param connectorsDir the directory of connector {@code *.yaml} files read at start-up
 * @param intake limits applied to every incoming package
 * @param dispatch how undelivered work is found again and how long an attempt may hold a delivery
 */
@ConfigurationProperties(prefix = "lienthong")
public record LienthongProperties(Path dataDir, Path connectorsDir, Intake intake, Dispatch dispatch) {

    /**
     * @param maxPackageSize a larger body is refused with 413 before it is parsed
     */
    public record Intake(DataSize maxPackageSize) {
    }

    /**
     * @param sweepInterval how often the outbox sweeper looks for committed work that is not queued
     * @param sweepGrace how long past its due time a delivery may sit before the sweeper queues it again
     * @param lease how long one attempt may hold a delivery before a crash is assumed and it is retried
     * @param releaseLeasesAtStartup retry at once the attempts this instance (same instance id) left in flight when
     *     it died; those of other instances are retried only when their lease ends
     */
    public record Dispatch(Duration sweepInterval, Duration sweepGrace, Duration lease,
                           boolean releaseLeasesAtStartup) {
    }
}
