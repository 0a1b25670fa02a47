package vn.lienthong.gateway.api;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import vn.lienthong.gateway.config.LienthongProperties;

/** Reads a request body up to the configured limit, refusing larger ones before they fill the heap. */
@Component
public class BoundedBodyReader {

    private final long limit;

    public BoundedBodyReader(LienthongProperties properties) {
        this.limit = properties.intake().maxPackageSize().toBytes();
    }

    public byte[] read(HttpServletRequest request) throws IOException {
        return read(request, limit, "lienthong.intake.max-package-size");
    }

    /** Reads up to {@code limit} bytes; the refusal of a larger body names {@code setting}, where the limit is set. */
    public byte[] read(HttpServletRequest request, long limit, String setting) throws IOException {
        if (request.getContentLengthLong() > limit) {
            throw new PackageTooLargeException(limit, setting);
        }
        try (InputStream in = request.getInputStream()) {
            // One byte past the limit tells a body that is too large from one that is exactly at it.
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                throw new PackageTooLargeException(limit, setting);
            }
            return body;
        }
    }
}
