package vn.lienthong.gateway.scaleout;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The store several gateway instances share: a schema of its own in the local PostgreSQL (127.0.0.1:5432,
 * database {@code test}, as CI starts it; {@code LIENTHONG_TEST_POSTGRES_URL} points elsewhere), migrated by the
 * gateway's Flyway scripts before any instance starts, and dropped afterwards.
 */
final class SharedPostgresSchema implements AutoCloseable {

    private final String url;
    private final String user;
    private final String schema;
    private final JdbcClient jdbc;

    private SharedPostgresSchema(String url, String user, String schema, JdbcClient jdbc) {
        this.url = url;
        this.user = user;
        this.schema = schema;
        this.jdbc = jdbc;
    }

    static SharedPostgresSchema create() {
        String url = System.getenv().getOrDefault("LIENTHONG_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getenv().getOrDefault("LIENTHONG_TEST_POSTGRES_USER", "postgres");
        String schema = "scaleout_it_" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setCurrentSchema(schema);
        Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true)
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql").load().migrate();
        return new SharedPostgresSchema(url, user, schema, JdbcClient.create(dataSource));
    }

    /** The Spring properties that point a gateway instance at this store. */
    List<String> gatewayProperties() {
        return List.of("--spring.datasource.url=" + url + "?currentSchema=" + schema,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=",
                "--spring.flyway.schemas=" + schema);
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    @Override
    public void close() {
        jdbc.sql("drop schema " + schema + " cascade").update();
    }
}
