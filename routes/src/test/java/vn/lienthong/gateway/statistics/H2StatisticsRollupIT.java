package vn.lienthong.gateway.statistics;

import org.springframework.boot.test.context.SpringBootTest;

import vn.lienthong.gateway.store.StoreTestConfiguration;

/** The rollups against the live queries on the default embedded database, H2 in file mode as the gateway runs it. */
@SpringBootTest(classes = {StoreTestConfiguration.class, StatisticsQueries.class, DailyQueries.class,
        RollupStore.class}, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/statistics-rollup-h2/lienthong-${random.uuid};"
                + "DB_CLOSE_ON_EXIT=FALSE"})
class H2StatisticsRollupIT extends StatisticsRollupContract {
}
