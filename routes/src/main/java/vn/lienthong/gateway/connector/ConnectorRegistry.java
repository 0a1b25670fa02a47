package vn.lienthong.gateway.connector;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.lienthong.connectors.config.ConnectorCatalog;
import vn.lienthong.connectors.config.ConnectorConfigException;
import vn.lienthong.connectors.config.ConnectorDirectory;
import vn.lienthong.connectors.dispatch.Transport;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.TransportType;
import vn.lienthong.gateway.config.LienthongProperties;

/** The connectors in force, read once from {@code lienthong.connectors-dir}; a bad file stops the start-up. */
@Component
public class ConnectorRegistry {

    private static final Logger log = LoggerFactory.getLogger(ConnectorRegistry.class);

    private final ConnectorCatalog catalog;

    public ConnectorRegistry(LienthongProperties properties, List<Transport> transports) throws ConnectorConfigException {
        if (!Files.isDirectory(properties.connectorsDir())) {
            log.warn("Connector directory {} does not exist: the gateway starts with no partner systems",
                    properties.connectorsDir().toAbsolutePath());
        }
        List<ConnectorDefinition> definitions = ConnectorDirectory.load(properties.connectorsDir());
        requireImplementedTransports(definitions, transports);
        this.catalog = ConnectorCatalog.of(definitions);
        definitions.forEach(c -> log.info("Connector {} ({}) over {} for agencies {} from {}",
                c.id(), c.name(), c.transport().key(), c.agencies(), c.sourceFile()));
    }

    public List<ConnectorDefinition> all() {
        return catalog.all();
    }

    public Optional<ConnectorDefinition> byId(String id) {
        return catalog.byId(id);
    }

    public Optional<ConnectorDefinition> forAgency(String agencyId) {
        return catalog.forAgency(agencyId);
    }

    public Optional<ConnectorDefinition> byApiKeyHash(String sha256Hex) {
        return catalog.byApiKeyHash(sha256Hex);
    }

    /** A file may name a transport this build does not carry yet; say so instead of failing at the first send. */
    private static void requireImplementedTransports(List<ConnectorDefinition> definitions, List<Transport> transports) {
        Set<TransportType> available = transports.stream().map(Transport::type).collect(Collectors.toSet());
        List<String> missing = definitions.stream()
                .filter(c -> !available.contains(c.transport()))
                .map(c -> c.sourceFile().getFileName() + ": transport: \"" + c.transport().key()
                        + "\" is not available in this build (available: "
                        + available.stream().map(TransportType::key).sorted().collect(Collectors.joining(", ")) + ")")
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Invalid connector files:\n" + String.join("\n", missing));
        }
    }
}
