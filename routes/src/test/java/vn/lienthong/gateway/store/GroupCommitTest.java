package vn.lienthong.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

class GroupCommitTest {

    private final SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
            "jdbc:h2:mem:group-commit-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    private final JdbcClient jdbc = JdbcClient.create(dataSource);
    private final TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    private final GroupCommit groupCommit = new GroupCommit(transactions, true);
    private final ExecutorService dispatchThreads = Executors.newFixedThreadPool(10);
    private final Set<Object> transactionsSeen = ConcurrentHashMap.newKeySet();

    GroupCommitTest() {
        jdbc.sql("create table attempts (delivery_id varchar(40) primary key, outcome varchar(20))").update();
    }

    @AfterEach
    void stop() throws Exception {
        dispatchThreads.shutdownNow();
        groupCommit.stop();
    }

    @Test
    void unitsWaitingTogetherShareOneCommitAndEachGetsItsOwnResult() throws Exception {
        CountDownLatch othersQueued = new CountDownLatch(1);
        CountDownLatch firstRunning = new CountDownLatch(1);
        Future<String> first = dispatchThreads.submit(() -> groupCommit.run(() -> {
            record("giao-0");
            firstRunning.countDown();
            await(othersQueued);
            return "giao-0";
        }));
        await(firstRunning);
        List<Future<String>> others = new ArrayList<>();
        for (int i = 1; i < 10; i++) {
            String delivery = "giao-" + i;
            others.add(dispatchThreads.submit(() -> groupCommit.run(() -> {
                record(delivery);
                return delivery;
            })));
        }
        awaitQueued(9);
        othersQueued.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("giao-0");
        for (int i = 1; i < 10; i++) {
            assertThat(others.get(i - 1).get(10, TimeUnit.SECONDS)).isEqualTo("giao-" + i);
        }
        assertThat(count()).isEqualTo(10);
        assertThat(transactionsSeen).hasSize(2);
    }

    @Test
    void aFailingUnitFailsAloneAndTheOthersAreCommitted() throws Exception {
        CountDownLatch othersQueued = new CountDownLatch(1);
        CountDownLatch blockerRunning = new CountDownLatch(1);
        Future<Object> blocker = dispatchThreads.submit(() -> groupCommit.run(() -> {
            blockerRunning.countDown();
            await(othersQueued);
            return null;
        }));
        await(blockerRunning);
        Future<Object> good = dispatchThreads.submit(() -> groupCommit.run(() -> record("giao-tot")));
        Future<Object> bad = dispatchThreads.submit(() -> groupCommit.run(() -> {
            record("giao-hong");
            throw new IllegalArgumentException("kết quả gửi không hợp lệ: giao-hong");
        }));
        awaitQueued(2);
        othersQueued.countDown();
        blocker.get(10, TimeUnit.SECONDS);

        good.get(10, TimeUnit.SECONDS);
        assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("giao-hong");
        assertThat(jdbc.sql("select delivery_id from attempts").query(String.class).list())
                .containsExactly("giao-tot");
    }

    @Test
    void insideTheCallersTransactionTheUnitRunsThereAndCommitsWithIt() {
        transactions.executeWithoutResult(status -> {
            Object callers = TransactionSynchronizationManager.getResource(dataSource);
            Object unit = groupCommit.run(() -> TransactionSynchronizationManager.getResource(dataSource));
            assertThat(unit).isSameAs(callers);
            status.setRollbackOnly();
        });
    }

    private Object record(String delivery) {
        transactionsSeen.add(TransactionSynchronizationManager.getResource(dataSource));
        jdbc.sql("insert into attempts (delivery_id, outcome) values (?, 'ACCEPTED')").param(delivery).update();
        return null;
    }

    private int count() {
        return jdbc.sql("select count(*) from attempts").query(Integer.class).single();
    }

    private void awaitQueued(int units) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> groupCommit.waiting() >= units);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("waited 10 s for the other units");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
