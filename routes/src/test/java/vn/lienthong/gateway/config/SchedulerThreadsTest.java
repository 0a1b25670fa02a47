package vn.lienthong.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * With the scheduler settings of application.yml, a scheduled task that hangs (a TSA that does not answer) does not
 * hold up another one (the outbox sweep): Spring's default is a single thread shared by all of them.
 */
class SchedulerThreadsTest {

    @Test
    void aHangingTaskDoesNotStallTheOthers() throws IOException {
        var yaml = new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"));
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(TaskSchedulingAutoConfiguration.class))
                .withInitializer(context -> yaml.forEach(context.getEnvironment().getPropertySources()::addLast))
                .withUserConfiguration(TwoTasks.class)
                .run(context -> {
                    TwoTasks tasks = context.getBean(TwoTasks.class);
                    assertThat(tasks.hanging.await(5, TimeUnit.SECONDS)).as("the hanging task started").isTrue();
                    await().atMost(Duration.ofSeconds(5)).until(() -> tasks.sweeps.get() >= 3);
                    tasks.release.countDown();
                });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    static class TwoTasks {

        final CountDownLatch hanging = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger sweeps = new AtomicInteger();

        @Bean
        Object hangingTimestamper() {
            return new Object() {
                @Scheduled(fixedDelay = 10)
                void stamp() throws InterruptedException {
                    hanging.countDown();
                    release.await(30, TimeUnit.SECONDS);
                }
            };
        }

        @Bean
        Object sweeper() {
            return new Object() {
                @Scheduled(fixedDelay = 10, initialDelay = 50)
                void sweep() {
                    sweeps.incrementAndGet();
                }
            };
        }
    }
}
