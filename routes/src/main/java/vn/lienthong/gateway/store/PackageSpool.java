package vn.lienthong.gateway.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import vn.lienthong.gateway.config.LienthongProperties;

/**
 * Turns a stream into a {@link PackageContent}: in memory up to {@code lienthong.spool.in-memory-limit}, past that
 * in a spool file under {@code lienthong.data-dir/spool}, counting and digesting (SHA-256) as it copies.
 */
@Component
public class PackageSpool {

    private static final Logger log = LoggerFactory.getLogger(PackageSpool.class);
    private static final int CHUNK = 64 * 1024;
    private static final String FILE_PREFIX = "package-";

    private final Path directory;
    private final long inMemoryLimit;

    public PackageSpool(LienthongProperties properties, SpoolProperties spool) {
        this.directory = properties.dataDir().resolve("spool");
        this.inMemoryLimit = spool.inMemoryLimit().toBytes();
        removeLeftovers();
    }

    /**
     * Spool files only live for one request, so any found before the first one were left by a process that was
     * killed mid-request: nothing refers to them (an accepted package is in the store).
     */
    private void removeLeftovers() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            long removed = files.filter(file -> file.getFileName().toString().startsWith(FILE_PREFIX))
                    .filter(PackageSpool::delete).count();
            if (removed > 0) {
                log.info("Removed {} spool file(s) left by an earlier run in {}", removed, directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the spool directory " + directory, e);
        }
    }

    private static boolean delete(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Cannot remove the old spool file {}: {}", file, e.getMessage());
            return false;
        }
    }

    /**
     * Reads {@code in} to its end, or throws {@link TooLargeException} as soon as it passes {@code limit} bytes,
     * leaving no spool file behind.
     */
    public PackageContent spool(InputStream in, long limit) throws IOException {
        MessageDigest digest = sha256();
        ByteArrayOutputStream memory = new ByteArrayOutputStream((int) Math.min(inMemoryLimit, 16 * 1024));
        byte[] chunk = new byte[CHUNK];
        long size = 0;
        Path file = null;
        OutputStream out = memory;
        try {
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                size += n;
                if (size > limit) {
                    throw new TooLargeException(limit);
                }
                digest.update(chunk, 0, n);
                if (file == null && size > inMemoryLimit) {
                    file = newFile();
                    out = Files.newOutputStream(file);
                    memory.writeTo(out);
                    memory = null;
                }
                out.write(chunk, 0, n);
            }
            out.close();
        } catch (IOException | RuntimeException e) {
            out.close();
            if (file != null) {
                Files.deleteIfExists(file);
            }
            throw e;
        }
        String sha256 = HexFormat.of().formatHex(digest.digest());
        return file == null ? new PackageContent.InMemoryContent(memory.toByteArray(), sha256)
                : new SpooledContent(file, size, sha256);
    }

    /** A new, empty spool file for a package the gateway writes itself (the signed copy). */
    public Path newFile() throws IOException {
        return newFile(".xml");
    }

    /** A new, empty spool file ending in {@code suffix} (a decoded attachment: {@code .pdf}), removed like the others. */
    public Path newFile(String suffix) throws IOException {
        Files.createDirectories(directory);
        return Files.createTempFile(directory, FILE_PREFIX, suffix);
    }

    /** The spool directory, where PDF verification also keeps the streams it buffers. */
    public Path directory() {
        return directory;
    }

    /** The finished spool file {@code file} as content, digested once. */
    public SpooledContent adopt(Path file) {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk = new byte[CHUNK];
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                digest.update(chunk, 0, n);
            }
            return new SpooledContent(file, Files.size(file), HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read spool file " + file, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The stream passed the limit it was spooled under. */
    public static class TooLargeException extends RuntimeException {

        private final long limit;

        public TooLargeException(long limit) {
            super("more than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }
}
