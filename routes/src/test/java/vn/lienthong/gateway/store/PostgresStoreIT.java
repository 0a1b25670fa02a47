package vn.lienthong.gateway.store;

import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The store contract on PostgreSQL (127.0.0.1:5432, database {@code test}, as CI starts it), each run in a
 * schema of its own; the environment variable {@code LIENTHONG_TEST_POSTGRES_URL} points it elsewhere.
 */
@SpringBootTest(classes = StoreTestConfiguration.class)
class PostgresStoreIT extends StoreContract {

    private static final String SCHEMA = "store_it_" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);

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
