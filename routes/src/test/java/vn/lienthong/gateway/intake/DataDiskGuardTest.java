package vn.lienthong.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import vn.lienthong.gateway.config.DataDiskProperties;
import vn.lienthong.gateway.config.LienthongProperties;

/** The data disk guard compares the usable space of the data directory's file system with the reserve. */
class DataDiskGuardTest {

    @TempDir
    Path dataDir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneOffset.UTC);

    @Test
    void aDiskAboveTheReserveLetsIntakeThrough() {
        DataDiskGuard guard = guard(DataSize.ofBytes(1));

        guard.requireRoom();

        assertThat(guard.hasRoom()).isTrue();
        assertThat(guard.usableBytes()).isPositive();
    }

    @Test
    void aDiskBelowTheReserveIsRefusedNamingTheFreeSpaceTheReserveAndTheSetting() {
        DataDiskGuard guard = guard(DataSize.ofTerabytes(1_000_000));

        assertThatThrownBy(guard::requireRoom).isInstanceOf(InsufficientStorageException.class)
                .hasMessageContaining("MB free, below its reserve of 1048576000000 MB")
                .hasMessageContaining("lienthong.intake.min-free-disk")
                .hasMessageEndingWith("nothing was accepted, try again later");
        assertThat(guard.hasRoom()).isFalse();
    }

    @Test
    void aDataDirectoryNotCreatedYetIsMeasuredOnTheFileSystemThatWillHoldIt() {
        DataDiskGuard guard = new DataDiskGuard(properties(dataDir.resolve("chua-tao/data")),
                new DataDiskProperties(DataSize.ofBytes(1)), clock);

        assertThat(guard.usableBytes()).isPositive();
    }

    private DataDiskGuard guard(DataSize reserve) {
        return new DataDiskGuard(properties(dataDir), new DataDiskProperties(reserve), clock);
    }

    private static LienthongProperties properties(Path dataDir) {
        return new LienthongProperties(dataDir, dataDir.resolve("connectors"), null,
                new LienthongProperties.Dispatch(Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(5),
                        true));
    }
}
