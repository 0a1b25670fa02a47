package vn.lienthong.connectors.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import vn.lienthong.connectors.spi.EndpointKind;

/** Reads {@code endpoint}, whose form depends on the transport: a URL, a folder, or nothing at all. */
final class EndpointFields {

    private static final String FIELD = "endpoint";

    private final FieldReader fields;
    private final Path sourceFile;

    EndpointFields(FieldReader fields, Path sourceFile) {
        this.fields = fields;
        this.sourceFile = sourceFile;
    }

    /** Returns the endpoint of the {@code kind} the transport expects; null when it has none or on an error. */
    URI endpoint(JsonNode root, EndpointKind kind) {
        if (kind == null) {
            // The rules depend on the transport, whose own error is already recorded.
            return null;
        }
        return switch (kind) {
            case HTTP_URL -> fields.requiredText(root, "", FIELD).map(this::httpUrl).orElse(null);
            case FOLDER -> fields.requiredText(root, "", FIELD).map(this::folder).orElse(null);
            case OPTIONAL_HTTP_URL -> fields.optionalText(root, "", FIELD).map(this::httpUrl).orElse(null);
        };
    }

    private URI httpUrl(String text) {
        Optional<URI> uri = parse(text);
        if (uri.isPresent() && uri.get().getRawUserInfo() != null) {
            // Credentials in a committed file are a leak, so the value is deliberately not repeated here.
            fields.error(FIELD, "must not contain a user name or password; keep secrets out of connector files");
            return null;
        }
        if (uri.filter(EndpointFields::isAbsoluteHttp).isEmpty()) {
            fields.error(FIELD, "must be an absolute http:// or https:// URL, was " + quoted(text));
            return null;
        }
        return uri.get();
    }

    /** Accepts a {@code file:} URI or a path; a relative path is taken from the connector file's own directory. */
    private URI folder(String text) {
        if (text.toLowerCase(Locale.ROOT).startsWith("file:")) {
            Optional<URI> uri = parse(text).filter(u -> u.getPath() != null && !u.getPath().isEmpty());
            if (uri.isEmpty()) {
                fields.error(FIELD, "must be a file: URI such as file:///srv/lienthong/outbox, was " + quoted(text));
            }
            return uri.orElse(null);
        }
        try {
            return sourceFile.toAbsolutePath().resolveSibling(text).normalize().toUri();
        } catch (InvalidPathException e) {
            fields.error(FIELD, "must be a folder path, was " + quoted(text) + " (" + e.getReason() + ")");
            return null;
        }
    }

    private static boolean isAbsoluteHttp(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    }

    private static Optional<URI> parse(String text) {
        try {
            return Optional.of(new URI(text));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String quoted(String text) {
        return FieldReader.describe(TextNode.valueOf(text));
    }
}
