package vn.lienthong.connectors.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** The transports installed in this build, each a {@link TransportProvider}, in listing order. */
public final class TransportProviders {

    private final Map<String, TransportProvider> byKey = new LinkedHashMap<>();

    private TransportProviders(List<TransportProvider> providers) {
        providers.stream()
                .sorted(Comparator.comparingInt(TransportProvider::listingOrder)
                        .thenComparing(provider -> provider.type().key()))
                .forEach(this::add);
    }

    /** The providers {@link ServiceLoader} finds on the class path ({@code META-INF/services}). */
    public static TransportProviders discovered() {
        return of(ServiceLoader.load(TransportProvider.class, TransportProvider.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).toList());
    }

    /** Exactly {@code providers}, for a gateway or a test that chooses its own. */
    public static TransportProviders of(List<TransportProvider> providers) {
        return new TransportProviders(providers);
    }

    /** These providers and {@code extra}, for example a transport under test. */
    public TransportProviders with(TransportProvider extra) {
        List<TransportProvider> all = new ArrayList<>(byKey.values());
        all.add(extra);
        return of(all);
    }

    public List<TransportProvider> all() {
        return List.copyOf(byKey.values());
    }

    /** The provider whose key is exactly {@code key}; empty for anything else. */
    public Optional<TransportProvider> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The provider of {@code type}, which a loaded connector file can only name if it is installed. */
    public TransportProvider of(TransportType type) {
        TransportProvider provider = byKey.get(type.key());
        if (provider == null) {
            throw new IllegalStateException("no transport provider for " + type.key() + " (installed: "
                    + String.join(", ", keys()) + ")");
        }
        return provider;
    }

    /** The installed keys, in listing order: the values a connector file's {@code transport:} may take. */
    public List<String> keys() {
        return List.copyOf(byKey.keySet());
    }

    @Override
    public String toString() {
        return byKey.keySet().stream().collect(Collectors.joining(", ", "TransportProviders[", "]"));
    }

    private void add(TransportProvider provider) {
        TransportProvider previous = byKey.putIfAbsent(provider.type().key(), provider);
        if (previous != null) {
            throw new IllegalStateException("two transport providers for " + provider.type().key() + ": "
                    + previous.getClass().getName() + " and " + provider.getClass().getName());
        }
    }
}
