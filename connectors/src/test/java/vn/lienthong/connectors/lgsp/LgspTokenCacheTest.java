package vn.lienthong.connectors.lgsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The token is reused until shortly before it expires, and renewed once the platform refuses it. */
class LgspTokenCacheTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:00:00Z"));
    private final AtomicInteger fetches = new AtomicInteger();
    private final LgspTokenCache cache = new LgspTokenCache(clock, () -> new LgspTokenCache.AccessToken(
            "token-" + fetches.incrementAndGet(), clock.instant().plusSeconds(300)));

    @Test
    void reusesTheTokenWhileItIsFresh() throws Exception {
        assertThat(cache.token()).isEqualTo("token-1");
        clock.advance(Duration.ofSeconds(260));
        assertThat(cache.token()).isEqualTo("token-1");
        assertThat(fetches).hasValue(1);
    }

    @Test
    void renewsShortlyBeforeExpiry() throws Exception {
        cache.token();
        clock.advance(Duration.ofSeconds(300).minus(LgspTokenCache.EARLY_RENEWAL));
        assertThat(cache.token()).isEqualTo("token-2");
    }

    @Test
    void invalidatingTheRefusedTokenFetchesANewOneButAStaleInvalidationKeepsTheNewer() throws Exception {
        cache.token();
        cache.invalidate("token-1");
        assertThat(cache.token()).isEqualTo("token-2");
        cache.invalidate("token-1");
        assertThat(cache.token()).isEqualTo("token-2");
        assertThat(fetches).hasValue(2);
    }

    /** A clock the test moves forward, so expiry is tested without waiting. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
