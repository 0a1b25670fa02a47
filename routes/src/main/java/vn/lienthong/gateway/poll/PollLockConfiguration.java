package vn.lienthong.gateway.poll;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.lienthong.gateway.config.InstanceIdentity;

/**
 * The database lock shared by every gateway instance that uses the same store (V6__poll_locks.sql): polled routes
 * and the outbox sweep run on one instance at a time.
 */
@Configuration(proxyBeanMethods = false)
public class PollLockConfiguration {

    @Bean
    LockProvider pollLockProvider(DataSource dataSource, InstanceIdentity instance) {
        // The database's clock, not each instance's, decides when a lock has expired; locked_by names the holder.
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .withLockedByValue(instance.id())
                .build());
    }

    @Bean(PollLockStrategy.BEAN)
    PollLockStrategy pollLockStrategy(LockProvider pollLockProvider, Clock clock,
                                      @Value("${lienthong.poll.lock-at-most-for:10m}") Duration lockAtMostFor) {
        return new PollLockStrategy(pollLockProvider, clock, lockAtMostFor);
    }
}
