package vn.lienthong.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lienthong.gateway.store.StoreTestConfiguration;

/** The audit chain on every database the store supports: concurrent appends stay one chain; edits are found. */
abstract class AuditContract {

    /** The store's database and the audit log with a real clock; nested so the application's scan skips it. */
    @Configuration(proxyBeanMethods = false)
    @Import({StoreTestConfiguration.class, AuditLog.class, AuditVerifier.class})
    static class AuditTestConfiguration {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    @Autowired
    AuditLog audit;
    @Autowired
    AuditVerifier verifier;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentAppendsFormOneUnbrokenChain() throws Exception {
        long before = audit.count();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<AuditEntry>> appends = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String reason = "Gửi lại sau khi Phòng GD&ĐT Thạch Hà khắc phục sự cố, lần " + i;
            appends.add(() -> tx.execute(s -> audit.append("nguyen.van.an", "REPLAY", "message:" + reason.hashCode(),
                    reason, null)));
        }
        try {
            for (Future<AuditEntry> done : pool.invokeAll(appends)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(audit.count()).isEqualTo(before + 60);
        AuditVerification verification = verifier.verify();
        assertThat(verification.intact()).as(String.valueOf(verification)).isTrue();
        assertThat(verification.checked()).isEqualTo(before + 60);
    }

    @Test
    void anEditedRowIsReportedAsTheFirstBrokenOne() {
        AuditEntry first = tx.execute(s -> audit.append("admin", "ABANDON", "message:a", "Đơn vị đã giải thể", null));
        tx.execute(s -> audit.append("admin", "ABANDON", "message:b", "Trùng văn bản", null));

        jdbc.sql("update audit_log set reason = ? where seq = ?").params("sửa lén", first.seq()).update();
        AuditVerification verification = verifier.verify();

        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBrokenSeq()).isEqualTo(first.seq());
        jdbc.sql("update audit_log set reason = ? where seq = ?").params("Đơn vị đã giải thể", first.seq()).update();
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void removingTheNewestRowIsReported() {
        tx.execute(s -> audit.append("admin", "PAUSE", "connector:bo-gddt", "Bảo trì", null));
        AuditEntry last = tx.execute(s -> audit.append("admin", "RESUME", "connector:bo-gddt", "Xong bảo trì", null));

        jdbc.sql("delete from audit_log where seq = ?").param(last.seq()).update();
        AuditVerification verification = verifier.verify();

        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBrokenSeq()).isEqualTo(last.seq());
        restore(last);
        assertThat(verifier.verify().intact()).isTrue();
    }

    /** Puts a deleted row back exactly, so the other tests of the class find an intact chain. */
    private void restore(AuditEntry row) {
        jdbc.sql("insert into audit_log (seq, at, actor, action, target, reason, detail, prev_hash, hash) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(row.seq(), row.at().atOffset(java.time.ZoneOffset.UTC), row.actor(), row.action(),
                        row.target(), row.reason(), row.detail(), row.prevHash(), row.hash())
                .update();
    }
}
