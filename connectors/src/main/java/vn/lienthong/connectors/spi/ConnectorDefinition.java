package vn.lienthong.connectors.spi;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One partner system as described by its connector file: who it reaches, how, how it authenticates and what it
 * may send.
 *
 * @param id unique kebab-case id; names the connector's queue and metrics
 * @param name human-readable name of the partner system
 * @param agencies agency codes reached through this connector, and the only ones it may send as
 * @param transport how documents are delivered to the partner
 * @param endpoint where documents are delivered; {@code null} for transports that need none ({@code inbox})
 * @param apiKeySha256 lower-case hex SHA-256 of the partner's API key; {@code null} when it has none
 * @param clientCertificateSha256 lower-case hex SHA-256 of the DER encoding of the partner's TLS client
 *     certificate; {@code null} when it authenticates with an API key only
 * @param retry backoff for transiently failed deliveries
 * @param signatureVerify how strictly incoming signatures from this partner are checked
 * @param allowLegacySha1 accept rsa-sha1 / SHA-1 digests in this partner's signatures (legacy producers only)
 * @param timeouts connect and read timeouts of outbound calls
 * @param concurrency number of consumers on the connector's queue
 * @param sourceFile the file the definition was read from; {@code null} when built in code
 * @param options transport-specific settings, passed on untouched
 * @param limits the partner's own package size and request rate limits
 * @param vdxpInbound the platform system the partner calls the platform-compatible API as; {@code null} when none
 * @param pdfSignatures how strictly the signatures inside this partner's PDF attachments are checked
 * @param settings the transport's own settings, bound from {@code options} and checked at load; {@code null} for
 *     transports that have none
 */
public record ConnectorDefinition(
        String id,
        String name,
        List<String> agencies,
        TransportType transport,
        URI endpoint,
        String apiKeySha256,
        RetryPolicy retry,
        SignatureVerifyMode signatureVerify,
        boolean allowLegacySha1,
        Timeouts timeouts,
        int concurrency,
        Path sourceFile,
        Map<String, String> options,
        String clientCertificateSha256,
        ConnectorLimits limits,
        PlatformSystemBinding vdxpInbound,
        PdfSignatureMode pdfSignatures,
        TransportSettings settings) {

    /** Consumers per connector queue when the file does not say. */
    public static final int DEFAULT_CONCURRENCY = 4;

    private static final Pattern SHA256_HEX = Pattern.compile("^[0-9a-fA-F]{64}$");

    /** Copies the collections and normalises the key hash so that comparisons are exact. */
    public ConnectorDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(signatureVerify, "signatureVerify");
        Objects.requireNonNull(timeouts, "timeouts");
        agencies = List.copyOf(agencies);
        options = options == null ? Map.of() : Map.copyOf(options);
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
        }
        apiKeySha256 = normalisedHash(apiKeySha256, "apiKeySha256");
        clientCertificateSha256 = normalisedHash(clientCertificateSha256, "clientCertificateSha256");
        limits = limits == null ? ConnectorLimits.NONE : limits;
        pdfSignatures = pdfSignatures == null ? PdfSignatureMode.DEFAULT : pdfSignatures;
    }

    /** A connector of a transport without settings of its own. */
    public ConnectorDefinition(String id, String name, List<String> agencies, TransportType transport, URI endpoint,
                               String apiKeySha256, RetryPolicy retry, SignatureVerifyMode signatureVerify,
                               boolean allowLegacySha1, Timeouts timeouts, int concurrency, Path sourceFile,
                               Map<String, String> options, String clientCertificateSha256, ConnectorLimits limits,
                               PlatformSystemBinding vdxpInbound, PdfSignatureMode pdfSignatures) {
        this(id, name, agencies, transport, endpoint, apiKeySha256, retry, signatureVerify, allowLegacySha1, timeouts,
                concurrency, sourceFile, options, clientCertificateSha256, limits, vdxpInbound, pdfSignatures, null);
    }

    /** A connector authenticated by API key only, with no limits of its own. */
    public ConnectorDefinition(String id, String name, List<String> agencies, TransportType transport, URI endpoint,
                               String apiKeySha256, RetryPolicy retry, SignatureVerifyMode signatureVerify,
                               boolean allowLegacySha1, Timeouts timeouts, int concurrency, Path sourceFile,
                               Map<String, String> options) {
        this(id, name, agencies, transport, endpoint, apiKeySha256, retry, signatureVerify, allowLegacySha1, timeouts,
                concurrency, sourceFile, options, null, ConnectorLimits.NONE);
    }

    /**
     * A connector that no partner reaches through the platform-compatible API, whose PDF attachments get the default
     * check ({@code optional}).
     */
    public ConnectorDefinition(String id, String name, List<String> agencies, TransportType transport, URI endpoint,
                               String apiKeySha256, RetryPolicy retry, SignatureVerifyMode signatureVerify,
                               boolean allowLegacySha1, Timeouts timeouts, int concurrency, Path sourceFile,
                               Map<String, String> options, String clientCertificateSha256, ConnectorLimits limits) {
        this(id, name, agencies, transport, endpoint, apiKeySha256, retry, signatureVerify, allowLegacySha1, timeouts,
                concurrency, sourceFile, options, clientCertificateSha256, limits, null, PdfSignatureMode.DEFAULT);
    }

    /**
     * The transport's settings as {@code type}; they were checked when the file was loaded, so a mismatch is a
     * programming error, not a file error.
     */
    public <T extends TransportSettings> T settings(Class<T> type) {
        if (!type.isInstance(settings)) {
            throw new IllegalStateException("connector " + id + " (" + transport.key() + ") has no "
                    + type.getSimpleName());
        }
        return type.cast(settings);
    }

    private static String normalisedHash(String hex, String name) {
        if (hex == null) {
            return null;
        }
        if (!SHA256_HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException(name + " must be 64 hexadecimal characters");
        }
        return hex.toLowerCase(Locale.ROOT);
    }

    /** Tells, in time independent of where the hashes differ, whether {@code sha256Hex} is this partner's key hash. */
    public boolean acceptsApiKeyHash(String sha256Hex) {
        return sameHash(apiKeySha256, sha256Hex);
    }

    /** Tells, in constant time, whether {@code sha256Hex} is the fingerprint of this partner's TLS client certificate. */
    public boolean acceptsClientCertificateHash(String sha256Hex) {
        return sameHash(clientCertificateSha256, sha256Hex);
    }

    private static boolean sameHash(String expectedHex, String presentedHex) {
        if (expectedHex == null || presentedHex == null) {
            return false;
        }
        byte[] expected = expectedHex.getBytes(StandardCharsets.US_ASCII);
        byte[] presented = presentedHex.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, presented);
    }

    /** Tells whether documents for {@code agencyId} are delivered through this connector. */
    public boolean reaches(String agencyId) {
        return agencyId != null && agencies.contains(agencyId);
    }
}
