package vn.lienthong.gateway.intake;

import java.util.List;

import org.springframework.util.unit.DataSize;

import vn.lienthong.gateway.refusal.Refusal;

/** Intake refused because the data disk is below its reserve: nothing was stored, the sender should try later. */
public class InsufficientStorageException extends Refusal {

    /** The disk is not freed in seconds: a minute is the soonest another attempt is worth it. */
    private static final long RETRY_AFTER_SECONDS = 60;

    private final long usableBytes;
    private final long reserveBytes;

    public InsufficientStorageException(long usableBytes, long reserveBytes) {
        super("insufficient-storage", 507, "Insufficient storage", "the gateway's data disk has "
                + megabytes(usableBytes) + " free, below its reserve of " + megabytes(reserveBytes)
                + " (lienthong.intake.min-free-disk); nothing was accepted, try again later", List.of(),
                RETRY_AFTER_SECONDS, null);
        this.usableBytes = usableBytes;
        this.reserveBytes = reserveBytes;
    }

    public long usableBytes() {
        return usableBytes;
    }

    public long reserveBytes() {
        return reserveBytes;
    }

    static String megabytes(long bytes) {
        return DataSize.ofBytes(bytes).toMegabytes() + " MB";
    }
}
