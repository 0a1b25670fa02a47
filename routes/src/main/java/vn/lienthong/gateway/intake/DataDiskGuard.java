package vn.lienthong.gateway.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.lienthong.gateway.config.DataDiskProperties;
import vn.lienthong.gateway.config.LienthongProperties;

/**
 * Refuses intake before anything is written while the data directory's file system is below its reserve, so a full
 * disk ends in a clean 507 and never in a half-written package; the reading is cached for a second because every
 * intake asks.
 */
@Component
public class DataDiskGuard {

    private static final Logger log = LoggerFactory.getLogger(DataDiskGuard.class);
    private static final Duration READING_LIFETIME = Duration.ofSeconds(1);

    private final Path dataDir;
    private final long reserveBytes;
    private final Clock clock;
    private volatile Reading last = new Reading(0, Instant.MIN);

    public DataDiskGuard(LienthongProperties lienthong, DataDiskProperties disk, Clock clock) {
        this.dataDir = lienthong.dataDir().toAbsolutePath();
        this.reserveBytes = disk.minFreeDisk().toBytes();
        this.clock = clock;
    }

    /** Throws {@link InsufficientStorageException} when the data disk is below its reserve. */
    public void requireRoom() {
        long usable = usableBytes();
        if (usable < reserveBytes) {
            log.warn("Intake refused: {} has {} bytes usable, below the reserve of {} bytes", dataDir, usable,
                    reserveBytes);
            throw new InsufficientStorageException(usable, reserveBytes);
        }
    }

    public boolean hasRoom() {
        return usableBytes() >= reserveBytes;
    }

    public long reserveBytes() {
        return reserveBytes;
    }

    /** Usable bytes on the data directory's file system, read at most once a second. */
    public long usableBytes() {
        Instant now = clock.instant();
        Reading reading = last;
        if (reading.at.plus(READING_LIFETIME).isBefore(now)) {
            reading = new Reading(read(), now);
            last = reading;
        }
        return reading.usableBytes;
    }

    /** A file system that cannot even be asked is treated as full: accepting would risk a half-written package. */
    private long read() {
        try {
            Path existing = dataDir;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            return existing == null ? 0 : Files.getFileStore(existing).getUsableSpace();
        } catch (IOException e) {
            log.error("Cannot read the free space of {}", dataDir, e);
            return 0;
        }
    }

    private record Reading(long usableBytes, Instant at) {
    }
}
