package vn.lienthong.gateway.api;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import vn.lienthong.gateway.config.LienthongProperties;
import vn.lienthong.gateway.store.PackageContent;
import vn.lienthong.gateway.store.PackageSpool;

/**
 * Reads a request body up to a limit, refusing larger ones as soon as they pass it: small bodies stay in memory,
 * large ones go to a spool file, so a 50 MB package never sits in the heap.
 */
@Component
public class BoundedBodyReader {

    private final long limit;
    private final PackageSpool spool;

    public BoundedBodyReader(LienthongProperties properties, PackageSpool spool) {
        this.limit = properties.intake().maxPackageSize().toBytes();
        this.spool = spool;
    }

    /** The body within {@code lienthong.intake.max-package-size}; the caller closes it, deleting its spool file. */
    public PackageContent read(HttpServletRequest request) throws IOException {
        return read(request, limit, "lienthong.intake.max-package-size");
    }

    /** Reads up to {@code limit} bytes; the refusal of a larger body names {@code setting}, where the limit is set. */
    public PackageContent read(HttpServletRequest request, long limit, String setting) throws IOException {
        if (request.getContentLengthLong() > limit) {
            throw new PackageTooLargeException(limit, setting);
        }
        try (InputStream in = request.getInputStream()) {
            return spool.spool(in, limit);
        } catch (PackageSpool.TooLargeException e) {
            throw new PackageTooLargeException(limit, setting);
        }
    }
}
