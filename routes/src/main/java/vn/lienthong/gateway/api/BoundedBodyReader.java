package vn.lienthong.gateway.api;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import vn.lienthong.gateway.intake.DataDiskGuard;
import vn.lienthong.gateway.store.PackageContent;
import vn.lienthong.gateway.store.PackageSpool;

/**
 * Reads a request body up to a limit, refusing larger ones as soon as they pass it: small bodies stay in memory,
 * large ones go to a spool file, so a 50 MB package never sits in the heap.
 */
@Component
public class BoundedBodyReader {

    private final PackageSpool spool;
    private final DataDiskGuard disk;

    public BoundedBodyReader(PackageSpool spool, DataDiskGuard disk) {
        this.spool = spool;
        this.disk = disk;
    }

    /** Reads up to {@code limit} bytes; the refusal of a larger body names {@code setting}, where the limit is set. */
    public PackageContent read(HttpServletRequest request, long limit, String setting) throws IOException {
        if (request.getContentLengthLong() > limit) {
            throw new PackageTooLargeException(limit, setting);
        }
        // A large body is spooled to the data disk before intake proper: a full disk must refuse it here, cleanly.
        disk.requireRoom();
        try (InputStream in = request.getInputStream()) {
            return spool.spool(in, limit);
        } catch (PackageSpool.TooLargeException e) {
            throw new PackageTooLargeException(limit, setting);
        }
    }
}
