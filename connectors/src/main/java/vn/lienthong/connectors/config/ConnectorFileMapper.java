package vn.lienthong.connectors.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.ConnectorLimits;
import vn.lienthong.connectors.spi.PlatformSystemBinding;
import vn.lienthong.connectors.spi.PdfSignatureMode;
import vn.lienthong.connectors.spi.RetryPolicy;
import vn.lienthong.connectors.spi.SignatureVerifyMode;
import vn.lienthong.connectors.spi.Timeouts;
import vn.lienthong.connectors.spi.TransportProvider;
import vn.lienthong.connectors.spi.TransportProviders;
import vn.lienthong.connectors.spi.TransportSettings;
import vn.lienthong.connectors.spi.TransportType;
import vn.lienthong.schemas.model.AgencyCode;

/** Checks the raw tree of one connector file field by field and builds its definition when nothing is wrong. */
final class ConnectorFileMapper {

    static final List<String> TOP_LEVEL_KEYS = List.of("id", "name", "agencies", "transport", "endpoint",
            "inbound", "retry", "signature", "timeouts", "concurrency", "options", "limits", "attachments");
    static final List<String> INBOUND_KEYS = List.of("api-key-sha256", "client-certificate-sha256", "vdxp");
    static final List<String> SIGNATURE_KEYS = List.of("verify", "allow-legacy-sha1");

    private static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final int MAX_ID_LENGTH = 64;
    private static final int MAX_CONCURRENCY = 64;
    private static final Pattern SHA256_HEX = Pattern.compile("^[0-9a-fA-F]{64}$");
    private static final String AGENCY_EXAMPLE = "[\"000.00.13.H53\"]";

    private final FieldReader fields;
    private final Path sourceFile;
    private final EndpointFields endpoints;
    private final DeliveryPolicyFields delivery;
    private final LimitFields limits;
    private final InboundPlatformFields platform;
    private final AttachmentFields attachments;
    private final TransportSettingsFields settings;
    private final TransportProviders transports;

    /**
     * {@code environment} is where the transports will look up the secrets the file names; {@code transports} say
     * which {@code transport:} values exist and what each expects.
     */
    ConnectorFileMapper(FieldReader fields, Path sourceFile, UnaryOperator<String> environment,
                        TransportProviders transports) {
        this.fields = fields;
        this.sourceFile = sourceFile;
        this.transports = transports;
        this.endpoints = new EndpointFields(fields, sourceFile);
        this.delivery = new DeliveryPolicyFields(fields);
        this.limits = new LimitFields(fields);
        this.platform = new InboundPlatformFields(fields);
        this.attachments = new AttachmentFields(fields);
        this.settings = new TransportSettingsFields(fields, environment);
    }

    /** Returns the definition held by {@code root}, or empty when any field is wrong (every error recorded). */
    Optional<ConnectorDefinition> map(ObjectNode root) {
        fields.rejectUnknownKeys(root, "", TOP_LEVEL_KEYS);
        String id = id(root);
        String name = fields.requiredText(root, "", "name").orElse(null);
        List<String> agencies = agencies(root);
        Optional<TransportProvider> provider = transport(root);
        TransportType transport = provider.map(TransportProvider::type).orElse(null);
        URI endpoint = endpoints.endpoint(root, provider.map(TransportProvider::endpoint).orElse(null));
        Optional<ObjectNode> inbound = fields.section(root, "", "inbound");
        inbound.ifPresent(section -> fields.rejectUnknownKeys(section, "inbound", INBOUND_KEYS));
        String apiKeySha256 = inbound.map(section -> sha256(section, "api-key-sha256",
                "the SHA-256 of the partner's API key (printf %s KEY | sha256sum)")).orElse(null);
        String clientCertificateSha256 = inbound.map(section -> sha256(section, "client-certificate-sha256",
                "the SHA-256 of the partner's TLS client certificate in DER "
                        + "(openssl x509 -in CERT.pem -outform DER | sha256sum)")).orElse(null);
        PlatformSystemBinding vdxpInbound = inbound.map(platform::vdxp).orElse(null);
        RetryPolicy retry = delivery.retry(root);
        SignatureVerifyMode signatureVerify = signatureVerify(root);
        boolean allowLegacySha1 = allowLegacySha1(root);
        Timeouts timeouts = delivery.timeouts(root);
        int concurrency = fields.wholeNumber(root, "", "concurrency", 1, MAX_CONCURRENCY)
                .orElse(ConnectorDefinition.DEFAULT_CONCURRENCY);
        int errorsBeforeOptions = fields.errorCount();
        Map<String, String> options = options(root);
        // A nested option is already reported; binding it into the settings would only say so again.
        TransportSettings transportSettings = fields.errorCount() > errorsBeforeOptions ? null
                : provider.flatMap(TransportProvider::settings).map(type -> settings.settings(root, type)).orElse(null);
        ConnectorLimits connectorLimits = limits.limits(root);
        PdfSignatureMode pdfSignatures = attachments.pdfSignatures(root);
        if (fields.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new ConnectorDefinition(id, name, agencies, transport, endpoint, apiKeySha256, retry,
                signatureVerify, allowLegacySha1, timeouts, concurrency, sourceFile, options, clientCertificateSha256,
                connectorLimits, vdxpInbound, pdfSignatures, transportSettings));
    }

    private String id(JsonNode root) {
        Optional<String> id = fields.requiredText(root, "", "id");
        if (id.isPresent() && (id.get().length() > MAX_ID_LENGTH || !ID.matcher(id.get()).matches())) {
            fields.invalid("id", "must be kebab-case (lower-case letters and digits joined by single hyphens, like "
                    + "phong-gddt-thach-ha) and at most " + MAX_ID_LENGTH + " characters", root.get("id"));
            return null;
        }
        return id.orElse(null);
    }

    private List<String> agencies(JsonNode root) {
        Optional<JsonNode> list = fields.present(root, "agencies");
        if (list.isEmpty()) {
            fields.error("agencies", "is required: list the agency codes reached through this connector, like "
                    + AGENCY_EXAMPLE);
            return null;
        }
        if (!list.get().isArray() || list.get().isEmpty()) {
            fields.invalid("agencies", "must be a non-empty list of agency codes, like " + AGENCY_EXAMPLE, list.get());
            return null;
        }
        Map<String, Integer> firstIndex = new LinkedHashMap<>();
        for (int i = 0; i < list.get().size(); i++) {
            agencyCode(list.get().get(i), i, firstIndex);
        }
        return List.copyOf(firstIndex.keySet());
    }

    /** Checks one element of {@code agencies}, remembering valid codes by their first position. */
    private void agencyCode(JsonNode element, int index, Map<String, Integer> firstIndex) {
        String field = "agencies[" + index + "]";
        Optional<String> code = fields.text(element, field);
        if (code.isEmpty()) {
            return;
        }
        // The rule a package's codes are checked by, so a file accepts exactly the codes a package may carry.
        if (!AgencyCode.isValid(code.get())) {
            fields.invalid(field, "must be an agency code like 000.00.13.H53 (" + AgencyCode.PATTERN_DESCRIPTION + ")",
                    element);
        } else if (firstIndex.containsKey(code.get())) {
            fields.error(field, "duplicates agencies[" + firstIndex.get(code.get()) + "] (" + code.get() + ")");
        } else {
            firstIndex.put(code.get(), index);
        }
    }

    /** The installed provider the file's {@code transport:} names; the error lists the installed keys. */
    private Optional<TransportProvider> transport(JsonNode root) {
        Optional<String> key = fields.requiredText(root, "", "transport");
        Optional<TransportProvider> provider = key.flatMap(transports::find);
        if (key.isPresent() && provider.isEmpty()) {
            fields.invalid("transport", "must be one of " + String.join(", ", transports.keys()),
                    root.get("transport"));
        }
        return provider;
    }

    /** Reads one hex SHA-256 of {@code inbound}; {@code what} tells the integrator how to compute it. */
    private String sha256(ObjectNode inbound, String key, String what) {
        Optional<String> hash = fields.optionalText(inbound, "inbound", key);
        if (hash.isPresent() && !SHA256_HEX.matcher(hash.get()).matches()) {
            // The value is not repeated: integrators sometimes paste the secret (or the PEM) itself here.
            fields.error("inbound." + key, "must be 64 hexadecimal characters, " + what + ", was "
                    + hash.get().length() + " characters");
            return null;
        }
        return hash.map(hex -> hex.toLowerCase(Locale.ROOT)).orElse(null);
    }

    private SignatureVerifyMode signatureVerify(JsonNode root) {
        Optional<ObjectNode> signature = fields.section(root, "", "signature");
        signature.ifPresent(section -> fields.rejectUnknownKeys(section, "signature", SIGNATURE_KEYS));
        if (signature.flatMap(section -> fields.present(section, "verify")).isEmpty()) {
            return SignatureVerifyMode.DEFAULT;
        }
        return fields.mode(signature.get(), "signature", "verify", SignatureVerifyMode.values(),
                SignatureVerifyMode.OFF).orElse(null);
    }

    /** SHA-1 signatures are refused unless the file says this partner is a legacy producer. */
    private boolean allowLegacySha1(JsonNode root) {
        Optional<JsonNode> flag = fields.section(root, "", "signature")
                .flatMap(section -> fields.present(section, "allow-legacy-sha1"));
        if (flag.isPresent() && !flag.get().isBoolean()) {
            fields.invalid("signature.allow-legacy-sha1", "must be true or false", flag.get());
            return false;
        }
        return flag.map(JsonNode::booleanValue).orElse(false);
    }

    /** Returns the {@code options} map, free-form except for the transports with settings of their own. */
    private Map<String, String> options(JsonNode root) {
        Map<String, String> options = new LinkedHashMap<>();
        fields.section(root, "", "options").ifPresent(section -> section.fields().forEachRemaining(entry -> {
            JsonNode value = entry.getValue();
            if (value.isValueNode() && !value.isNull()) {
                options.put(entry.getKey(), value.asText());
            } else {
                fields.invalid(FieldReader.path("options", entry.getKey()),
                        "must be a single value (text, a number or true/false)", value);
            }
        }));
        return options;
    }
}
