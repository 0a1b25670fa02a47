package vn.lienthong.connectors.config;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.TransportProviders;

/** Reads and validates one connector file, reporting every problem with the file name, field path and value. */
public final class ConnectorFileReader {

    private final ConnectorYamlParser parser = new ConnectorYamlParser();
    private final UnaryOperator<String> environment;
    private final TransportProviders transports;

    /** A reader of the installed transports that checks the secrets a file names against the process environment. */
    public ConnectorFileReader() {
        this(System::getenv);
    }

    /** A reader that checks the secrets a file names against {@code environment}, where the transports look. */
    public ConnectorFileReader(UnaryOperator<String> environment) {
        this(environment, TransportProviders.discovered());
    }

    /** A reader that knows exactly the {@code transport:} values of {@code transports}. */
    public ConnectorFileReader(UnaryOperator<String> environment, TransportProviders transports) {
        this.environment = environment;
        this.transports = transports;
    }

    /**
     * Reads {@code file} into a connector definition.
     *
     * @throws ConnectorConfigException listing all errors of the file when it is unreadable or invalid
     */
    public ConnectorDefinition read(Path file) throws ConnectorConfigException {
        FieldReader fields = new FieldReader(file.getFileName().toString());
        Optional<ConnectorDefinition> definition = parser.parse(file, fields)
                .flatMap(root -> new ConnectorFileMapper(fields, file, environment, transports).map(root));
        if (definition.isEmpty()) {
            throw new ConnectorConfigException(fields.errors());
        }
        return definition.get();
    }
}
