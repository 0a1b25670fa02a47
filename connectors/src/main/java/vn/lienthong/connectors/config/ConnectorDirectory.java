package vn.lienthong.connectors.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.TransportProviders;

/** Loads every connector file of a directory and checks that, together, they route and authenticate unambiguously. */
public final class ConnectorDirectory {

    private ConnectorDirectory() {
    }

    /**
     * Reads every {@code *.yaml} and {@code *.yml} file of {@code dir}, in file-name order; a missing directory
     * yields an empty list, which the caller should warn about.
     *
     * @throws ConnectorConfigException listing the errors of all files and the conflicts between them
     */
    public static List<ConnectorDefinition> load(Path dir) throws ConnectorConfigException {
        return load(dir, System::getenv);
    }

    /**
     * The same, checking the secrets the files name against {@code environment}, where the transports look them up.
     *
     * @throws ConnectorConfigException listing the errors of all files and the conflicts between them
     */
    public static List<ConnectorDefinition> load(Path dir, UnaryOperator<String> environment)
            throws ConnectorConfigException {
        return load(dir, environment, TransportProviders.discovered());
    }

    /**
     * The same, for exactly the transports of {@code transports}.
     *
     * @throws ConnectorConfigException listing the errors of all files and the conflicts between them
     */
    public static List<ConnectorDefinition> load(Path dir, UnaryOperator<String> environment,
                                                 TransportProviders transports) throws ConnectorConfigException {
        if (Files.notExists(dir)) {
            return List.of();
        }
        ConnectorFileReader reader = new ConnectorFileReader(environment, transports);
        List<ConnectorDefinition> connectors = new ArrayList<>();
        List<ConnectorError> errors = new ArrayList<>();
        for (Path file : connectorFiles(dir)) {
            try {
                connectors.add(reader.read(file));
            } catch (ConnectorConfigException e) {
                errors.addAll(e.errors());
            }
        }
        errors.addAll(ConnectorConflicts.find(connectors));
        if (!errors.isEmpty()) {
            throw new ConnectorConfigException(errors);
        }
        return List.copyOf(connectors);
    }

    private static List<Path> connectorFiles(Path dir) throws ConnectorConfigException {
        if (!Files.isDirectory(dir)) {
            throw new ConnectorConfigException(List.of(new ConnectorError(dir.toString(), "",
                    "is not a directory; point the connectors directory at a folder of *.yaml files")));
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(ConnectorDirectory::isConnectorFile)
                    .sorted(Comparator.comparing(file -> file.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new ConnectorConfigException(
                    List.of(new ConnectorError(dir.toString(), "", "cannot be listed: " + e)));
        }
    }

    /** Skips hidden files, because editors leave lock and swap files such as {@code .#a.yaml} next to the real ones. */
    private static boolean isConnectorFile(Path file) {
        String name = file.getFileName().toString();
        String lowerCase = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (lowerCase.endsWith(".yaml") || lowerCase.endsWith(".yml"))
                && Files.isRegularFile(file);
    }
}
