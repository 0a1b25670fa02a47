package vn.lienthong.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Writes connector files for tests, pointing at simulators started on loopback. */
public final class ConnectorFiles {

    /** The department's key in tests: it sends as 000.00.13.H53. */
    public static final String DEPARTMENT_KEY = "it-key-so-gddt";
    public static final String DISTRICT_KEY = "it-key-thach-ha";
    public static final String MINISTRY_KEY = "it-key-bo-gddt";

    private ConnectorFiles() {
    }

    public static Path write(Path dir, String id, String name, String agency, String endpoint, String apiKey,
                             String retry) {
        return write(dir, id, name, agency, endpoint, apiKey, retry, "optional");
    }

    public static Path write(Path dir, String id, String name, String agency, String endpoint, String apiKey,
                             String retry, String signatureVerify) {
        try {
            Files.createDirectories(dir);
            String yaml = """
                    id: %s
                    name: "%s"
                    agencies: ["%s"]
                    transport: rest
                    endpoint: "%s"
                    inbound:
                      api-key-sha256: "%s"
                    retry: %s
                    timeouts: { connect: 2s, read: 5s }
                    signature: { verify: %s }
                    """.formatted(id, name, agency, endpoint, sha256(apiKey), retry, signatureVerify);
            return Files.writeString(dir.resolve(id + ".yaml"), yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A {@code folder} connector whose inbox, done and error folders default to siblings of {@code outbox}. */
    public static Path writeFolder(Path dir, String id, String name, String agency, Path outbox, String retry) {
        return writeFolder(dir, id, name, agency, outbox, retry, null);
    }

    /** The same, whose partner may also call the REST API with {@code apiKey} (to post statuses). */
    public static Path writeFolder(Path dir, String id, String name, String agency, Path outbox, String retry,
                                   String apiKey) {
        String inbound = apiKey == null ? "" : "inbound: { api-key-sha256: \"" + sha256(apiKey) + "\" }\n";
        String yaml = """
                id: %s
                name: "%s"
                agencies: ["%s"]
                transport: folder
                endpoint: "%s"
                retry: %s
                """.formatted(id, name, agency, outbox, retry) + inbound;
        try {
            return Files.writeString(dir.resolve(id + ".yaml"), yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
