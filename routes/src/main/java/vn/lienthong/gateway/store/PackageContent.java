package vn.lienthong.gateway.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A package's bytes exactly as received or produced, held in memory when small and in a spool file when large, and
 * read as a stream as often as needed; closing it deletes its spool file.
 */
public interface PackageContent extends AutoCloseable {

    /** The bytes in memory, for the common small package. */
    static PackageContent of(byte[] bytes) {
        return new InMemoryContent(bytes, PackageDigest.sha256Hex(bytes));
    }

    long size();

    /** SHA-256 of the bytes as lower-case hex, worked out once (while spooling, for a spooled package). */
    String sha256();

    /** A fresh stream over the bytes, from the first. */
    InputStream open() throws IOException;

    /** Whether the bytes are in memory: a package too large for that is read as a stream only. */
    boolean inMemory();

    /** The bytes in one array: free for an in-memory package, a full read for a spooled one. */
    default byte[] bytes() {
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the spooled package", e);
        }
    }

    @Override
    default void close() {
    }

    /** Bytes held in memory. */
    record InMemoryContent(byte[] bytes, String sha256) implements PackageContent {

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public InputStream open() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public boolean inMemory() {
            return true;
        }
    }
}
