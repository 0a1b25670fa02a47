package vn.lienthong.gateway.poll;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.DatabaseProduct;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
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
                .withDatabaseProduct(databaseProduct(dataSource))
                .withLockedByValue(instance.id())
                .build());
    }

    /**
     * Named once at start-up, when the database is known to answer (Flyway has just run): left to itself, ShedLock
     * asks at the first lock, and a database unreachable at that moment would leave every later lock failing.
     */
    static DatabaseProduct databaseProduct(DataSource dataSource) {
        String name;
        try (Connection connection = dataSource.getConnection()) {
            name = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read which database holds the poll locks", e);
        }
        return switch (name) {
            case "PostgreSQL" -> DatabaseProduct.POSTGRES_SQL;
            case "H2" -> DatabaseProduct.H2;
            default -> throw new IllegalStateException("poll locks need PostgreSQL or H2, the store is " + name);
        };
    }

    @Bean(PollLockStrategy.BEAN)
    PollLockStrategy pollLockStrategy(LockProvider pollLockProvider, Clock clock, PollProperties properties) {
        return new PollLockStrategy(pollLockProvider, clock, properties.lockAtMostFor());
    }
}
