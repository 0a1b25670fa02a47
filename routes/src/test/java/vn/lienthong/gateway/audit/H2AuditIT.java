package vn.lienthong.gateway.audit;

import org.springframework.boot.test.context.SpringBootTest;

/** The audit contract on the default embedded database: H2 in file mode. */
@SpringBootTest(classes = AuditContract.AuditTestConfiguration.class, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/audit-it-h2/lienthong-${random.uuid};DB_CLOSE_ON_EXIT=FALSE"})
class H2AuditIT extends AuditContract {
}
