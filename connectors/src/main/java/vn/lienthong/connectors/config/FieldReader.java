package vn.lienthong.connectors.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Typed access to the raw YAML tree of one connector file that records, instead of throwing, every value that
 * breaks a rule, so that a file's errors are all reported at once.
 */
final class FieldReader {

    private static final int MAX_SHOWN_VALUE_LENGTH = 80;

    private final String file;
    private final List<ConnectorError> errors = new ArrayList<>();

    FieldReader(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    List<ConnectorError> errors() {
        return List.copyOf(errors);
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    int errorCount() {
        return errors.size();
    }

    void error(String field, String message) {
        errors.add(new ConnectorError(file, field, message));
    }

    /** Records that {@code value} breaks {@code rule}, quoting the value so the reader sees what was written. */
    void invalid(String field, String rule, JsonNode value) {
        error(field, rule + ", was " + describe(value));
    }

    /** Joins a parent path and a key into the dotted path integrators see in error messages. */
    static String path(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /** Reports every key of {@code mapping} not in {@code known}, because a mistyped key would otherwise be ignored. */
    void rejectUnknownKeys(JsonNode mapping, String parent, List<String> known) {
        for (Iterator<String> names = mapping.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                error(path(parent, name),
                        "unknown field \"" + name + "\" (known: " + String.join(", ", known) + ")");
            }
        }
    }

    /** Returns the value under {@code key}, treating an explicit YAML null ({@code key:}) like an absent key. */
    Optional<JsonNode> present(JsonNode parent, String key) {
        JsonNode value = parent.get(key);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    /** Returns the nested mapping under {@code key}, recording an error when it is something else. */
    Optional<ObjectNode> section(JsonNode parent, String parentPath, String key) {
        Optional<JsonNode> value = present(parent, key);
        if (value.isPresent() && !value.get().isObject()) {
            invalid(path(parentPath, key), "must be a mapping of fields", value.get());
            return Optional.empty();
        }
        return value.map(ObjectNode.class::cast);
    }

    /**
     * Reads the optional top-level section {@code key}: {@code whenAbsent} when the file leaves it out; null when it
     * is not a mapping, holds a key outside {@code knownKeys}, or {@code reader} recorded an error in it; otherwise
     * what {@code reader} made of it.
     */
    <T> T optionalSection(JsonNode root, String key, List<String> knownKeys, T whenAbsent, SectionReader<T> reader) {
        Optional<ObjectNode> section = section(root, "", key);
        if (section.isEmpty()) {
            return root.hasNonNull(key) ? null : whenAbsent;
        }
        int errorsBefore = errorCount();
        rejectUnknownKeys(section.get(), key, knownKeys);
        T value = reader.read(section.get(), errorsBefore);
        return errorCount() > errorsBefore ? null : value;
    }

    /**
     * The mode named under {@code key} (its lower-case name, e.g. {@code optional}), or empty when absent or not one
     * of {@code modes} (an error is recorded). YAML 1.1 reads an unquoted {@code off} as the boolean false, which can
     * only mean {@code off}.
     */
    <E extends Enum<E>> Optional<E> mode(JsonNode section, String parentPath, String key, E[] modes, E off) {
        Optional<JsonNode> value = present(section, key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get().isBoolean() && !value.get().booleanValue()) {
            return Optional.of(off);
        }
        Optional<E> mode = value.filter(JsonNode::isTextual).flatMap(text -> java.util.Arrays.stream(modes)
                .filter(m -> m.name().toLowerCase(java.util.Locale.ROOT).equals(text.asText().trim())).findFirst());
        if (mode.isEmpty()) {
            invalid(path(parentPath, key), "must be one of " + java.util.Arrays.stream(modes)
                    .map(m -> m.name().toLowerCase(java.util.Locale.ROOT))
                    .collect(java.util.stream.Collectors.joining(", ")), value.get());
        }
        return mode;
    }

    /** Makes a value of one section's fields; what it returns counts only if it recorded no error. */
    @FunctionalInterface
    interface SectionReader<T> {

        /** @param errorsBefore the error count when the section began, to tell whether its fields so far are sound */
        T read(ObjectNode section, int errorsBefore);
    }

    /** Returns the non-blank text under {@code key}, recording an error when it is missing, blank or not text. */
    Optional<String> requiredText(JsonNode parent, String parentPath, String key) {
        String field = path(parentPath, key);
        Optional<JsonNode> value = present(parent, key);
        if (value.isEmpty()) {
            error(field, "is required");
            return Optional.empty();
        }
        return text(value.get(), field);
    }

    /** Returns the text under {@code key} when present, recording an error when it is blank or not text. */
    Optional<String> optionalText(JsonNode parent, String parentPath, String key) {
        return present(parent, key).flatMap(value -> text(value, path(parentPath, key)));
    }

    /** Returns {@code value} as trimmed non-blank text, recording an error otherwise. */
    Optional<String> text(JsonNode value, String field) {
        if (!value.isTextual()) {
            // YAML turns unquoted 010 into 8 and off into false; quoting keeps the value as written.
            invalid(field, "must be text (put it in quotes)", value);
            return Optional.empty();
        }
        if (value.asText().isBlank()) {
            invalid(field, "must not be blank", value);
            return Optional.empty();
        }
        return Optional.of(value.asText().trim());
    }

    /** Returns the whole number under {@code key} when present, recording an error when outside {@code min..max}. */
    Optional<Integer> wholeNumber(JsonNode parent, String parentPath, String key, int min, int max) {
        String field = path(parentPath, key);
        return present(parent, key).flatMap(value -> {
            if (value.canConvertToExactIntegral() && value.canConvertToInt()
                    && value.asInt() >= min && value.asInt() <= max) {
                return Optional.of(value.asInt());
            }
            invalid(field, "must be a whole number from " + min + " to " + max, value);
            return Optional.empty();
        });
    }

    /** Returns the number under {@code key} when present, recording an error when it is outside {@code min..max}. */
    Optional<Double> number(JsonNode parent, String parentPath, String key, double min, double max) {
        String field = path(parentPath, key);
        return present(parent, key).flatMap(value -> {
            if (value.isNumber() && value.asDouble() >= min && value.asDouble() <= max) {
                return Optional.of(value.asDouble());
            }
            invalid(field, "must be a number from " + min + " to " + max, value);
            return Optional.empty();
        });
    }

    /** Returns the positive duration under {@code key} when present, recording an error when it is malformed. */
    Optional<Duration> positiveDuration(JsonNode parent, String parentPath, String key) {
        String field = path(parentPath, key);
        return present(parent, key).flatMap(value -> {
            Optional<Duration> parsed = parseDuration(value);
            if (parsed.isPresent() && !parsed.get().isZero() && !parsed.get().isNegative()) {
                return parsed;
            }
            invalid(field, "must be a positive duration like " + DurationText.EXAMPLES, value);
            return Optional.empty();
        });
    }

    /** Renders a value for an error message: quoted text (shortened), a number as written, or its shape. */
    static String describe(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "empty";
        }
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return value.isEmpty() ? "an empty list" : "a list";
        }
        String shown = value.toString();
        return shown.length() <= MAX_SHOWN_VALUE_LENGTH ? shown : shown.substring(0, MAX_SHOWN_VALUE_LENGTH) + "…";
    }

    private static Optional<Duration> parseDuration(JsonNode value) {
        if (!value.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DurationText.parse(value.asText()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
