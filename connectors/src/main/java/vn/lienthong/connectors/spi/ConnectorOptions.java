package vn.lienthong.connectors.spi;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Reads a transport's settings from a connector's free {@code options:} map, and its secrets from the
 * environment variable an option names, never from the file itself.
 */
public final class ConnectorOptions {

    private final ConnectorDefinition connector;
    private final UnaryOperator<String> environment;

    public ConnectorOptions(ConnectorDefinition connector, UnaryOperator<String> environment) {
        this.connector = connector;
        this.environment = environment;
    }

    /** The option's value; an error naming the file and the key when it is missing or blank. */
    public String required(String key) {
        String value = connector.options().get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(where() + "options." + key + ": required for transport "
                    + connector.transport().key());
        }
        return value.strip();
    }

    public String optional(String key, String fallback) {
        String value = connector.options().get(key);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /** A comma-separated option as a list, e.g. {@code receive-for: "000.00.13.H53, 000.00.14.H53"}. */
    public List<String> list(String key) {
        return Arrays.stream(required(key).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The secret held by the environment variable that option {@code key} names. */
    public String secret(String key) {
        String variable = required(key);
        String value = environment.apply(variable);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException(where() + "options." + key + ": environment variable " + variable
                    + " is not set");
        }
        return value;
    }

    private String where() {
        return (connector.sourceFile() == null ? connector.id() : connector.sourceFile().getFileName().toString())
                + ": ";
    }
}
