package vn.lienthong.gateway.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.RouteIdAware;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two gateway instances sharing one database (migrated by the real Flyway scripts): while one polls a route,
 * the other's poll of that route is skipped; once the first is done, or dead past lock-at-most-for, it may poll.
 */
class PollLockIT {

    private static final String ROUTE = "inbound-vdxp-truc-quoc-gia";

    private JdbcDataSource database;
    private final Consumer consumerOnInstanceA = consumer(ROUTE);
    private final Consumer consumerOnInstanceB = consumer(ROUTE);
    private final Endpoint endpoint = mock(Endpoint.class);

    @BeforeEach
    void migrateASharedDatabase() {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:poll-lock-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
    }

    @Test
    void whileOneInstancePollsTheOtherSkipsThatPoll() {
        PollLockStrategy instanceA = instance(Duration.ofMinutes(10));
        PollLockStrategy instanceB = instance(Duration.ofMinutes(10));

        assertThat(instanceA.begin(consumerOnInstanceA, endpoint)).isTrue();
        assertThat(instanceB.begin(consumerOnInstanceB, endpoint)).isFalse();
        instanceA.commit(consumerOnInstanceA, endpoint, 1);

        assertThat(instanceB.begin(consumerOnInstanceB, endpoint)).isTrue();
        assertThat(instanceA.begin(consumerOnInstanceA, endpoint)).isFalse();
        instanceB.rollback(consumerOnInstanceB, endpoint, 0, new IllegalStateException("VDXP không trả lời"));
        assertThat(instanceA.begin(consumerOnInstanceA, endpoint)).isTrue();
    }

    @Test
    void anotherRouteIsNotBlocked() {
        PollLockStrategy instanceA = instance(Duration.ofMinutes(10));
        PollLockStrategy instanceB = instance(Duration.ofMinutes(10));

        assertThat(instanceA.begin(consumerOnInstanceA, endpoint)).isTrue();
        assertThat(instanceB.begin(consumer("inbound-lgsp-lgsp-ha-tinh"), endpoint)).isTrue();
    }

    @Test
    void theLockOfAnInstanceThatDiedMidPollExpiresAfterLockAtMostFor() {
        PollLockStrategy dying = instance(Duration.ofMillis(300));
        PollLockStrategy survivor = instance(Duration.ofMillis(300));

        assertThat(dying.begin(consumerOnInstanceA, endpoint)).isTrue();
        assertThat(survivor.begin(consumerOnInstanceB, endpoint)).isFalse();

        await().atMost(Duration.ofSeconds(5)).until(() -> survivor.begin(consumerOnInstanceB, endpoint));
    }

    @Test
    void longRouteIdsFitTheNameColumn() {
        String name = PollLockStrategy.lockName("inbound-folder-" + "truong-thpt-chuyen-ha-tinh-".repeat(4));
        assertThat(name).hasSize(64).startsWith("inbound-folder-truong");
        assertThat(PollLockStrategy.lockName(ROUTE)).isEqualTo(ROUTE);
    }

    /** Each instance has its own lock provider over the shared database, as separate processes would. */
    private PollLockStrategy instance(Duration lockAtMostFor) {
        return new PollLockStrategy(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(database)).usingDbTime().build()), Clock.systemUTC(), lockAtMostFor);
    }

    private static Consumer consumer(String routeId) {
        Consumer consumer = mock(Consumer.class, withSettings().extraInterfaces(RouteIdAware.class));
        when(((RouteIdAware) consumer).getRouteId()).thenReturn(routeId);
        return consumer;
    }
}
