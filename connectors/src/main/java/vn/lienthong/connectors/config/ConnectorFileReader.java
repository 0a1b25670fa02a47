package vn.lienthong.connectors.config;

import java.nio.file.Path;
import java.util.Optional;
import vn.lienthong.connectors.spi.ConnectorDefinition;

/** Reads and validates one connector file, reporting every problem with the file name, field path and value. */
public final class ConnectorFileReader {

    private final ConnectorYamlParser parser = new ConnectorYamlParser();

    /**
     * Reads {@code file} into a connector definition.
     *
     * @throws ConnectorConfigException listing all errors of the file when it is unreadable or invalid
     */
    public ConnectorDefinition read(Path file) throws ConnectorConfigException {
        FieldReader fields = new FieldReader(file.getFileName().toString());
        Optional<ConnectorDefinition> definition = parser.parse(file, fields)
                .flatMap(root -> new ConnectorFileMapper(fields, file).map(root));
        if (definition.isEmpty()) {
            throw new ConnectorConfigException(fields.errors());
        }
        return definition.get();
    }
}
