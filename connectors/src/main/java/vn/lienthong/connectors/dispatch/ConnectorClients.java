package vn.lienthong.connectors.dispatch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import vn.lienthong.connectors.spi.ConnectorDefinition;

/**
 * The client a transport keeps per connector, built from the connector's definition and rebuilt as soon as a reload
 * hands it a different definition, so an edited endpoint, timeout or setting is used by the next send without a
 * restart. The old client is dropped, not closed: a send still running on it finishes normally.
 *
 * @param <T> the client, for example an {@code HttpClient} or a SOAP proxy
 */
public final class ConnectorClients<T> {

    private record Built<T>(ConnectorDefinition definition, T client) {
    }

    private final Map<String, Built<T>> clients = new ConcurrentHashMap<>();
    private final Function<ConnectorDefinition, T> factory;

    public ConnectorClients(Function<ConnectorDefinition, T> factory) {
        this.factory = factory;
    }

    /** The client built from exactly {@code connector}'s definition; one built from an older definition is replaced. */
    public T clientFor(ConnectorDefinition connector) {
        Built<T> current = clients.compute(connector.id(), (id, built) -> built != null
                && built.definition().equals(connector) ? built : new Built<>(connector, factory.apply(connector)));
        return current.client();
    }
}
