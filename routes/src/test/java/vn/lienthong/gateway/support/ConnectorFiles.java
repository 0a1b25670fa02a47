package vn.lienthong.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateFactory;
import java.util.HexFormat;

/** Writes connector files for tests, pointing at simulators started on loopback. */
public final class ConnectorFiles {

    /** The department's key in tests: it sends as 000.00.13.H53. */
    public static final String DEPARTMENT_KEY = "it-key-so-gddt";
    public static final String DISTRICT_KEY = "it-key-thach-ha";
    public static final String MINISTRY_KEY = "it-key-bo-gddt";
    /** The system id the gateway signs with on the simulated national platform. */
    public static final String VDXP_SYSTEM_ID = "sgddt-ha-tinh";

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

    /**
     * The department (000.00.13.H53), the Thạch Hà district office (000.20.31.H53) and the Ministry (000.00.00.G03),
     * each a REST partner with its test key and the same {@code retry}: the three partners most gateway tests run.
     */
    public static void writeDepartmentDistrictMinistry(Path dir, String departmentEndpoint, String districtEndpoint,
                                                       String ministryEndpoint, String retry) {
        write(dir, "so-gddt-ha-tinh", "Sở GD&ĐT Hà Tĩnh", "000.00.13.H53", departmentEndpoint, DEPARTMENT_KEY, retry);
        write(dir, "phong-gddt-thach-ha", "Phòng GD&ĐT Thạch Hà", "000.20.31.H53", districtEndpoint, DISTRICT_KEY,
                retry);
        write(dir, "bo-gddt", "Bộ GD&ĐT", "000.00.00.G03", ministryEndpoint, MINISTRY_KEY, retry);
    }

    /**
     * The national document exchange platform ({@code vdxp}) reaching {@code agency}, its secret read from the
     * environment variable {@code IT_VDXP_SECRET}.
     */
    public static Path writeNationalPlatform(Path dir, String agency, String endpoint, String retry) {
        String yaml = """
                id: truc-quoc-gia
                name: "Trục liên thông văn bản quốc gia"
                agencies: ["%s"]
                transport: vdxp
                endpoint: "%s"
                retry: %s
                options: { system-id: "%s", secret-env: "IT_VDXP_SECRET" }
                """.formatted(agency, endpoint, retry, VDXP_SYSTEM_ID);
        try {
            return Files.writeString(dir.resolve("truc-quoc-gia.yaml"), yaml, StandardCharsets.UTF_8);
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

    /** Binds the TLS client certificate in PEM file {@code certificatePem} to the connector of {@code file}. */
    public static Path bindClientCertificate(Path file, Path certificatePem) {
        try {
            String yaml = Files.readString(file, StandardCharsets.UTF_8);
            if (!yaml.contains("inbound:\n")) {
                throw new IllegalArgumentException(file + " has no inbound section to add the certificate to");
            }
            return Files.writeString(file, yaml.replace("inbound:\n", "inbound:\n  client-certificate-sha256: \""
                    + certificateSha256(certificatePem) + "\"\n"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 (hex) of the DER encoding of the certificate in PEM file {@code certificatePem}. */
    public static String certificateSha256(Path certificatePem) {
        try (InputStream in = Files.newInputStream(certificatePem)) {
            byte[] der = CertificateFactory.getInstance("X.509").generateCertificate(in).getEncoded();
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
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
