package vn.lienthong.connectors.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns the bytes of one connector file into a raw YAML tree, with limits that keep a hostile or broken file
 * from exhausting memory, and with syntax errors reported by line.
 */
final class ConnectorYamlParser {

    /** Connector files are a few dozen lines; anything this large is a mistake. */
    static final int MAX_FILE_BYTES = 256 * 1024;

    private static final int MAX_NESTING_DEPTH = 16;
    private static final int MAX_STRING_LENGTH = 16 * 1024;

    private static final YAMLMapper MAPPER = YAMLMapper.builder(limitedFactory())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Parses {@code file} into its top-level mapping; empty when the file cannot be used, the reason recorded. */
    Optional<ObjectNode> parse(Path file, FieldReader fields) {
        Optional<byte[]> bytes = readBytes(file, fields);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (!isSingleDocumentWithoutAliases(bytes.get(), fields)) {
                return Optional.empty();
            }
            return topLevelMapping(MAPPER.readTree(bytes.get()), fields);
        } catch (JacksonException e) {
            fields.error("", "malformed YAML" + position(e) + ": " + problem(e));
            return Optional.empty();
        } catch (IOException e) {
            fields.error("", "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<byte[]> readBytes(Path file, FieldReader fields) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                fields.error("", "is larger than " + MAX_FILE_BYTES / 1024 + " KiB; is this really a connector file?");
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            fields.error("", "cannot be read: " + e);
            return Optional.empty();
        }
    }

    /**
     * Walks the token stream once before building the tree, because Jackson silently reads only the first of
     * several documents and turns an alias into the anchor's name instead of its value.
     */
    private static boolean isSingleDocumentWithoutAliases(byte[] bytes, FieldReader fields) throws IOException {
        try (JsonParser parser = MAPPER.createParser(bytes)) {
            int depth = 0;
            boolean rootDone = false;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                int line = parser.currentTokenLocation().getLineNr();
                if (((YAMLParser) parser).isCurrentAlias()) {
                    fields.error("", "YAML alias *" + parser.getText() + " at line " + line
                            + " is not supported; write the value out in full");
                    return false;
                }
                // A trailing "---" with nothing after it yields a lone null: harmless, so it is tolerated.
                if (rootDone && token != JsonToken.VALUE_NULL) {
                    fields.error("", "holds a second YAML document at line " + line + "; use one file per connector");
                    return false;
                }
                depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
                rootDone = depth == 0;
            }
        }
        return true;
    }

    private static Optional<ObjectNode> topLevelMapping(JsonNode root, FieldReader fields) {
        if (root == null || root.isMissingNode() || root.isNull()) {
            fields.error("", "is empty; a connector file needs at least id, name, agencies and transport");
            return Optional.empty();
        }
        if (!root.isObject()) {
            fields.invalid("", "must be a mapping of fields (id: ..., name: ...)", root);
            return Optional.empty();
        }
        return Optional.of((ObjectNode) root);
    }

    private static String position(JacksonException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            return " at line " + (marked.getProblemMark().getLine() + 1)
                    + ", column " + (marked.getProblemMark().getColumn() + 1);
        }
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String problem(JacksonException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblem() != null) {
            return marked.getProblem();
        }
        // Jackson appends the source location on later lines, and names its own settings after a limit; the
        // integrator needs neither.
        return e.getOriginalMessage().lines().findFirst().orElse("unknown problem")
                .replaceAll(", from `[^`]*`", "");
    }

    private static YAMLFactory limitedFactory() {
        LoaderOptions loaderOptions = new LoaderOptions();
        loaderOptions.setCodePointLimit(MAX_FILE_BYTES);
        loaderOptions.setNestingDepthLimit(MAX_NESTING_DEPTH);
        // Alias and duplicate-key limits of LoaderOptions only apply to SnakeYAML's composer, which Jackson does
        // not use: aliases are rejected by the token walk, duplicate keys by STRICT_DUPLICATE_DETECTION.
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .build();
        return YAMLFactory.builder().loaderOptions(loaderOptions).streamReadConstraints(constraints).build();
    }
}
