package vn.lienthong.gateway.connector;

import java.util.List;

import vn.lienthong.connectors.config.ConnectorError;
import vn.lienthong.connectors.spi.ConnectorDefinition;

/**
 * What a reload did: applied with the connectors added, removed and updated, or refused with every error found
 * (then nothing changed).
 */
public record ConnectorReload(boolean applied, List<String> added, List<String> removed, List<String> updated,
                              List<ConnectorError> errors) {

    static ConnectorReload applied(ConnectorsChanged change) {
        return new ConnectorReload(true, ids(change.added()), ids(change.removed()), ids(change.updated()), List.of());
    }

    static ConnectorReload refused(List<ConnectorError> errors) {
        return new ConnectorReload(false, List.of(), List.of(), List.of(), List.copyOf(errors));
    }

    private static List<String> ids(List<ConnectorDefinition> connectors) {
        return connectors.stream().map(ConnectorDefinition::id).toList();
    }
}
