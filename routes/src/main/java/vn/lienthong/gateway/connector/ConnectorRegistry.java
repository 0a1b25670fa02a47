package vn.lienthong.gateway.connector;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.lienthong.connectors.config.ConnectorCatalog;
import vn.lienthong.connectors.config.ConnectorConfigException;
import vn.lienthong.connectors.config.ConnectorDirectory;
import vn.lienthong.connectors.config.ConnectorError;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.TransportProviders;
import vn.lienthong.gateway.config.LienthongProperties;

/**
 * The connectors in force, read from {@code lienthong.connectors-dir}: a bad file stops the start-up, and a
 * {@link #reload()} replaces them all at once or, if any file is bad, not at all.
 */
@Component
public class ConnectorRegistry {

    private static final Logger log = LoggerFactory.getLogger(ConnectorRegistry.class);

    private final LienthongProperties properties;
    /** The installed transports: a file naming another is refused, with the installed ones listed. */
    private final TransportProviders transports;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<ConnectorVeto> vetoes;
    /** Where the transports look up the secrets that files name, so a file naming an unset one is refused here. */
    private final Environment environment;
    // Replaced whole by a reload, so a reader sees either the old set or the new one, never a mix.
    private volatile ConnectorCatalog catalog;

    public ConnectorRegistry(LienthongProperties properties, TransportProviders transports,
                             ApplicationEventPublisher events, ObjectProvider<ConnectorVeto> vetoes,
                             Environment environment) throws ConnectorConfigException {
        this.properties = properties;
        this.transports = transports;
        this.events = events;
        this.vetoes = vetoes;
        this.environment = environment;
        if (!Files.isDirectory(properties.connectorsDir())) {
            log.warn("Connector directory {} does not exist: the gateway starts with no partner systems",
                    properties.connectorsDir().toAbsolutePath());
        }
        List<ConnectorDefinition> definitions =
                ConnectorDirectory.load(properties.connectorsDir(), environment::getProperty, transports);
        this.catalog = ConnectorCatalog.of(definitions);
        definitions.forEach(ConnectorRegistry::logConnector);
    }

    /**
     * Reads the whole directory again with the start-up rules; only when every file is valid do the new connectors
     * replace the old, and listeners of {@link ConnectorsChanged} bring the routes in line.
     */
    public synchronized ConnectorReload reload() {
        List<ConnectorDefinition> definitions;
        try {
            definitions = ConnectorDirectory.load(properties.connectorsDir(), environment::getProperty, transports);
        } catch (ConnectorConfigException e) {
            return refused(e.errors());
        }
        List<ConnectorError> vetoed = vetoes.orderedStream().flatMap(veto -> veto.check(definitions).stream()).toList();
        if (!vetoed.isEmpty()) {
            return refused(vetoed);
        }
        ConnectorsChanged change = new ConnectorsChanged(catalog.all(), definitions);
        this.catalog = ConnectorCatalog.of(definitions);
        if (change.isEmpty()) {
            return ConnectorReload.applied(change);
        }
        change.added().forEach(ConnectorRegistry::logConnector);
        change.updated().forEach(ConnectorRegistry::logConnector);
        change.removed().forEach(c -> log.info("Connector {} removed", c.id()));
        events.publishEvent(change);
        return ConnectorReload.applied(change);
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

    public Optional<ConnectorDefinition> byClientCertificateHash(String sha256Hex) {
        return catalog.byClientCertificateHash(sha256Hex);
    }

    /** The connector bound to national-platform system {@code systemId} ({@code inbound.vdxp.system-id}). */
    public Optional<ConnectorDefinition> byVdxpSystemId(String systemId) {
        return catalog.byVdxpSystemId(systemId);
    }

    private static ConnectorReload refused(List<ConnectorError> errors) {
        log.warn("Connector reload refused, the previous connectors stay in force:\n{}",
                errors.stream().map(ConnectorError::toString).collect(Collectors.joining("\n")));
        return ConnectorReload.refused(errors);
    }

    private static void logConnector(ConnectorDefinition c) {
        log.info("Connector {} ({}) over {} for agencies {} from {}",
                c.id(), c.name(), c.transport().key(), c.agencies(), c.sourceFile());
    }
}
