package vn.lienthong.connectors.config;

import java.util.Objects;

/**
 * One problem found in a connector file, precise enough for an integrator to fix it without guessing.
 *
 * @param file name of the connector file, for example {@code thach-ha.yaml}
 * @param field dotted kebab-case path of the offending field as written in the file, for example
 *     {@code retry.max-attempts} or {@code agencies[1]}; empty when the problem concerns the whole file
 * @param message what is wrong, including the rule and the offending value
 */
public record ConnectorError(String file, String field, String message) {

    /** Treats a missing field as "the whole file" so that {@link #toString()} never prints {@code null}. */
    public ConnectorError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        field = field == null ? "" : field;
    }

    /** Returns {@code file: field: message}, or {@code file: message} for whole-file problems. */
    @Override
    public String toString() {
        return field.isEmpty() ? file + ": " + message : file + ": " + field + ": " + message;
    }
}
