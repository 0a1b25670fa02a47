package vn.lienthong.signatures.timestamp;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.lienthong.signatures.testsupport.LocalTsaServer;
import vn.lienthong.signatures.testsupport.LoopbackServer;

class TimestampGarbageResponseTest {

    private final LocalTsaServer garbage = LocalTsaServer.garbage();

    @AfterEach
    void stop() {
        garbage.close();
    }

    @Test
    void anHtmlAnswerIsAClearTimestampException() {
        TimestampClient client = new TimestampClient(garbage.url(), List.of(), Duration.ofSeconds(5));

        assertThatThrownBy(() -> client.stamp(new byte[32]))
                .isInstanceOf(TimestampException.class)
                .hasMessageStartingWith("TSA " + garbage.url() + " answered with something that is not an RFC 3161 "
                        + "time-stamp response");
    }

    @Test
    void anUnreachableTsaIsNamed() {
        URI dead = URI.create(LoopbackServer.deadUrl("/tsa"));
        TimestampClient client = new TimestampClient(dead, List.of(), Duration.ofSeconds(2));

        assertThatThrownBy(() -> client.stamp(new byte[32]))
                .isInstanceOf(TimestampException.class).hasMessageStartingWith("TSA " + dead + " unreachable");
    }
}
