package vn.lienthong.gateway.platformapi;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

import vn.lienthong.connectors.vdxp.VdxpErrorCode;
import vn.lienthong.connectors.vdxp.VdxpHashFile;
import vn.lienthong.connectors.vdxp.VdxpHeaders;
import vn.lienthong.connectors.vdxp.VdxpRefusal;
import vn.lienthong.gateway.store.PackageContent;
import vn.lienthong.gateway.store.PackageSpool;

/**
 * Finds the package in a sendEdoc body: the body itself, or the body without the CRLF the SDK writes after the
 * file, whichever has the SHA-256 announced by {@code hash-file} ({@link VdxpHashFile#packageIn}); a large body is
 * checked as a stream and, when the CRLF must go, copied once more without it.
 */
@Component
public class SendEdocBody {

    private final PackageSpool spool;

    public SendEdocBody(PackageSpool spool) {
        this.spool = spool;
    }

    /** The package, the body itself when nothing is to be cut; a refusal when neither digest matches. */
    public PackageContent packageIn(PackageContent body, String hashFile) throws IOException {
        if (VdxpHashFile.matches(hashFile, body.sha256())) {
            return body;
        }
        if (body.inMemory()) {
            return VdxpHashFile.packageIn(body.bytes(), hashFile).map(PackageContent::of)
                    .orElseThrow(() -> mismatch(body, hashFile));
        }
        if (body.size() >= 2 && endsWithCrlf(body)
                && VdxpHashFile.matches(hashFile, sha256OfFirst(body, body.size() - 2))) {
            try (InputStream file = new FirstBytes(body.open(), body.size() - 2)) {
                return spool.spool(file, body.size());
            }
        }
        throw mismatch(body, hashFile);
    }

    private static VdxpRefusal mismatch(PackageContent body, String hashFile) {
        return VdxpRefusal.of(VdxpErrorCode.INVALID_HASH_FILE, VdxpHeaders.header(VdxpHeaders.HASH_FILE),
                "sha256-of-the-body (" + body.size() + " bytes, with or without one trailing CRLF, is "
                        + body.sha256() + ")", hashFile);
    }

    private static boolean endsWithCrlf(PackageContent body) throws IOException {
        try (InputStream in = body.open()) {
            in.skipNBytes(body.size() - 2);
            return in.read() == '\r' && in.read() == '\n';
        }
    }

    private static String sha256OfFirst(PackageContent body, long length) throws IOException {
        try (InputStream in = new FirstBytes(body.open(), length)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] chunk = new byte[64 * 1024];
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                digest.update(chunk, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The first {@code length} bytes of a stream, then its end. */
    private static final class FirstBytes extends FilterInputStream {

        private long left;

        FirstBytes(InputStream in, long length) {
            super(in);
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            left--;
            return super.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(buffer, offset, (int) Math.min(length, left));
            left -= Math.max(n, 0);
            return n;
        }
    }
}
