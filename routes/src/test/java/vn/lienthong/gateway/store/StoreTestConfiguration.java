package vn.lienthong.gateway.store;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import vn.lienthong.gateway.config.LienthongProperties;
import vn.lienthong.gateway.deadlines.DeadlineConfiguration;
import vn.lienthong.gateway.deadlines.DeadlinePlanner;
import vn.lienthong.gateway.deadlines.DeadlineProperties;
import vn.lienthong.gateway.deadlines.DeadlineStore;
import vn.lienthong.gateway.deadlines.DeadlineTracker;

/** Just the store, its database and the deadlines it keeps: no broker, no Camel, no web server. */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        TransactionAutoConfiguration.class, FlywayAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
        JdbcClientAutoConfiguration.class})
@Import({MessageStore.class, DeliveryStore.class, MessageEvents.class, MessageStateUpdater.class,
        DocumentQueries.class, AttachmentSignatureStore.class, StatusStore.class, DeadlineTracker.class,
        DeadlinePlanner.class, DeadlineStore.class, DeadlineConfiguration.class, ProcessWorkStore.class,
        ProcessCompletion.class, EarlierVersions.class, PackageSpool.class})
@EnableConfigurationProperties({DeadlineProperties.class, LienthongProperties.class, SpoolProperties.class})
public class StoreTestConfiguration {
}
