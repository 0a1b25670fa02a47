package vn.lienthong.gateway.statistics;

import org.springframework.boot.test.context.SpringBootTest;

import vn.lienthong.gateway.store.StoreTestConfiguration;

/**
 * The statistics at scale on the default embedded database, H2 in file mode as the gateway runs it; results of an
 * identical query are not reused, as they would not be in a store that changes between two reads.
 */
@SpringBootTest(classes = {StoreTestConfiguration.class, StatisticsQueries.class, DailyQueries.class,
        RollupStore.class}, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/statistics-scale-h2/lienthong-${random.uuid};"
                + "DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64;"
                + "OPTIMIZE_REUSE_RESULTS=FALSE"})
class H2StatisticsScaleIT extends StatisticsScaleContract {
}
