package vn.lienthong.gateway.statistics;

import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienthong.gateway.store.StoreTestConfiguration;

/** The rollups against the live queries on PostgreSQL (as the store's tests reach it), in a schema of its own. */
@SpringBootTest(classes = {StoreTestConfiguration.class, StatisticsQueries.class, DailyQueries.class,
        RollupStore.class})
class PostgresStatisticsRollupIT extends StatisticsRollupContract {

    private static final String SCHEMA = "statistics_rollup_it_" + ThreadLocalRandom.current().nextInt(100_000,
            1_000_000);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String url = System.getenv().getOrDefault("LIENTHONG_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        registry.add("spring.datasource.url", () -> url + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> System.getenv().getOrDefault("LIENTHONG_TEST_POSTGRES_USER", "postgres"));
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("spring.flyway.create-schemas", () -> "true");
    }
}
