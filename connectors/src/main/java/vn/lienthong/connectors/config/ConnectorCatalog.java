package vn.lienthong.connectors.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.lienthong.connectors.spi.ConnectorDefinition;

/**
 * The immutable set of known connectors, looked up by id, by recipient agency, or by the caller's API key or TLS
 * client certificate.
 */
public final class ConnectorCatalog {

    private final List<ConnectorDefinition> connectors;
    private final Map<String, ConnectorDefinition> byId;
    private final Map<String, ConnectorDefinition> byAgency;

    private ConnectorCatalog(List<ConnectorDefinition> connectors) {
        this.connectors = List.copyOf(connectors);
        this.byId = this.connectors.stream()
                .collect(Collectors.toUnmodifiableMap(ConnectorDefinition::id, Function.identity()));
        this.byAgency = this.connectors.stream()
                .flatMap(connector -> connector.agencies().stream().map(agency -> Map.entry(agency, connector)))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Builds a catalog of {@code connectors}, kept in the given order.
     *
     * @throws IllegalArgumentException when two connectors share an id, an agency, an API key or a client certificate
     */
    public static ConnectorCatalog of(List<ConnectorDefinition> connectors) {
        List<ConnectorError> conflicts = ConnectorConflicts.find(connectors);
        if (!conflicts.isEmpty()) {
            throw new IllegalArgumentException("ambiguous connectors:\n" + conflicts.stream()
                    .map(ConnectorError::toString).collect(Collectors.joining("\n")));
        }
        return new ConnectorCatalog(connectors);
    }

    /** Returns the connector with this id. */
    public Optional<ConnectorDefinition> byId(String id) {
        return Optional.ofNullable(id).map(byId::get);
    }

    /** Returns the connector that delivers to {@code agencyId}. */
    public Optional<ConnectorDefinition> forAgency(String agencyId) {
        return Optional.ofNullable(agencyId).map(byAgency::get);
    }

    /** Returns the connector whose partner holds the API key with this SHA-256 (hex, either case). */
    public Optional<ConnectorDefinition> byApiKeyHash(String sha256Hex) {
        // Every connector is compared, in constant time each, so the answer's timing does not hint at which
        // stored hash a guess came close to.
        ConnectorDefinition match = null;
        for (ConnectorDefinition connector : connectors) {
            if (connector.acceptsApiKeyHash(sha256Hex)) {
                match = connector;
            }
        }
        return Optional.ofNullable(match);
    }

    /** Returns the connector whose partner holds the TLS client certificate with this SHA-256 (hex, either case). */
    public Optional<ConnectorDefinition> byClientCertificateHash(String sha256Hex) {
        ConnectorDefinition match = null;
        for (ConnectorDefinition connector : connectors) {
            if (connector.acceptsClientCertificateHash(sha256Hex)) {
                match = connector;
            }
        }
        return Optional.ofNullable(match);
    }

    /** Returns the connector bound to platform system {@code systemId} ({@code inbound.vdxp.system-id}). */
    public Optional<ConnectorDefinition> byVdxpSystemId(String systemId) {
        return connectors.stream().filter(c -> c.vdxpInbound() != null && c.vdxpInbound().systemId().equals(systemId))
                .findFirst();
    }

    /** Returns every connector, in the order given when the catalog was built. */
    public List<ConnectorDefinition> all() {
        return connectors;
    }
}
