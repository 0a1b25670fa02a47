package vn.lienthong.connectors.spi;

import java.util.Optional;

/**
 * One transport as a plug-in: its {@code transport:} key, what its connector files hold ({@code endpoint:}, the
 * settings bound from {@code options:}), the {@link Transport} that sends, the inbox the gateway polls if any, and
 * the channel its incoming packages are recorded under. Providers are found with {@link java.util.ServiceLoader}
 * ({@link TransportProviders#discovered()}), so adding a transport is adding a provider, with no list to edit.
 */
public interface TransportProvider {

    /** The connector files' {@code transport:} value. */
    TransportType type();

    EndpointKind endpoint();

    /**
     * The record the file's {@code options:} are bound into and checked as (Jackson, Bean Validation) when the file
     * is loaded; empty when the transport's options are free text passed on untouched.
     */
    default Optional<Class<? extends TransportSettings>> settings() {
        return Optional.empty();
    }

    /** Builds the transport once for the whole gateway. */
    Transport transport(TransportContext context);

    /**
     * The inbox the gateway polls for connectors of this transport, built around {@code transport} (the one
     * {@link #transport} returned) so both share its clients; empty when partners push to the gateway instead.
     */
    default Optional<PolledInbox> polledInbox(Transport transport) {
        return Optional.empty();
    }

    /** The channel recorded for packages coming in over this transport; empty when none come in over it. */
    default Optional<Channel> intakeChannel() {
        return Optional.empty();
    }

    /** Where the key comes in listings such as the unknown-transport error; ties are listed by key. */
    default int listingOrder() {
        return Integer.MAX_VALUE;
    }
}
