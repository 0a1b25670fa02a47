package vn.lienthong.connectors.config;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when connector files are invalid; carries every error found, not just the first. */
public class ConnectorConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ConnectorError> errors;

    /** Creates the exception; its message lists {@code errors}, one per line. */
    public ConnectorConfigException(List<ConnectorError> errors) {
        super(describe(errors));
        this.errors = List.copyOf(errors);
    }

    /** Returns the errors in the order they were found. */
    public List<ConnectorError> errors() {
        return errors;
    }

    private static String describe(List<ConnectorError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a ConnectorConfigException needs at least one error");
        }
        return errors.stream().map(ConnectorError::toString).collect(Collectors.joining("\n"));
    }
}
