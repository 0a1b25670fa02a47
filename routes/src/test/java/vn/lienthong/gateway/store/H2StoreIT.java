package vn.lienthong.gateway.store;

import org.springframework.boot.test.context.SpringBootTest;

/** The store contract on the default embedded database: H2 in file mode. */
@SpringBootTest(classes = StoreTestConfiguration.class, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/store-it-h2/lienthong-${random.uuid};DB_CLOSE_ON_EXIT=FALSE"})
class H2StoreIT extends StoreContract {
}
