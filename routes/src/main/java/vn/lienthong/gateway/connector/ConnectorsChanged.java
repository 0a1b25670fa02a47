package vn.lienthong.gateway.connector;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.lienthong.connectors.spi.ConnectorDefinition;

/** Event: a reload replaced the connectors; per-connector routes compare the two sets to follow. */
public record ConnectorsChanged(List<ConnectorDefinition> previous, List<ConnectorDefinition> current) {

    public ConnectorsChanged {
        previous = List.copyOf(previous);
        current = List.copyOf(current);
    }

    /** Connectors whose id is new. */
    public List<ConnectorDefinition> added() {
        Map<String, ConnectorDefinition> before = byId(previous);
        return current.stream().filter(c -> !before.containsKey(c.id())).toList();
    }

    /** Connectors whose id is gone, as they were. */
    public List<ConnectorDefinition> removed() {
        Map<String, ConnectorDefinition> after = byId(current);
        return previous.stream().filter(c -> !after.containsKey(c.id())).toList();
    }

    /** Connectors kept under the same id with some field changed, as they are now. */
    public List<ConnectorDefinition> updated() {
        Map<String, ConnectorDefinition> before = byId(previous);
        return current.stream().filter(c -> before.containsKey(c.id()) && !Objects.equals(before.get(c.id()), c))
                .toList();
    }

    /** The definition {@code id} had before the reload. */
    public ConnectorDefinition before(String id) {
        return byId(previous).get(id);
    }

    public boolean isEmpty() {
        return added().isEmpty() && removed().isEmpty() && updated().isEmpty();
    }

    private static Map<String, ConnectorDefinition> byId(List<ConnectorDefinition> connectors) {
        return connectors.stream().collect(Collectors.toMap(ConnectorDefinition::id, Function.identity()));
    }
}
