package vn.lienthong.gateway.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A package too large to hold in memory, in a spool file of its own that closing deletes. */
public record SpooledContent(Path file, long size, String sha256) implements PackageContent {

    @Override
    public InputStream open() throws IOException {
        return new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
    }

    @Override
    public boolean inMemory() {
        return false;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete spool file " + file, e);
        }
    }
}
