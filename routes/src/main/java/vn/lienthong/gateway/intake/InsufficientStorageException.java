package vn.lienthong.gateway.intake;

import org.springframework.util.unit.DataSize;

/** Intake refused because the data disk is below its reserve: nothing was stored, the sender should try later. */
public class InsufficientStorageException extends RuntimeException {

    private final long usableBytes;
    private final long reserveBytes;

    public InsufficientStorageException(long usableBytes, long reserveBytes) {
        super("the gateway's data disk has " + megabytes(usableBytes) + " free, below its reserve of "
                + megabytes(reserveBytes) + " (lienthong.intake.min-free-disk); nothing was accepted, try again later");
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
