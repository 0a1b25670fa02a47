package vn.lienthong.connectors.config;

import java.util.Optional;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import vn.lienthong.connectors.spi.Channel;
import vn.lienthong.connectors.spi.DeliveryOutcome;
import vn.lienthong.connectors.spi.EndpointKind;
import vn.lienthong.connectors.spi.SecretVariable;
import vn.lienthong.connectors.spi.Transport;
import vn.lienthong.connectors.spi.TransportContext;
import vn.lienthong.connectors.spi.TransportProvider;
import vn.lienthong.connectors.spi.TransportSettings;
import vn.lienthong.connectors.spi.TransportType;

/**
 * A transport that exists only in the tests (the province's one-stop-shop system), written the way a new one is
 * written: this class and its settings record, nothing else.
 */
final class MotCuaTransportProvider implements TransportProvider {

    static final TransportType TYPE = TransportType.of("mot-cua");

    /** {@code options: { unit-code, token-env }}: the unit the gateway files as, and where its token is. */
    record MotCuaSettings(
            @NotNull(message = "is required")
            @Pattern(regexp = "^[A-Z][0-9]{2}\\.[0-9]{2}$", message = "must be a unit code like H53.13")
            String unitCode,
            @NotNull(message = "is required")
            @SecretVariable
            String tokenEnv) implements TransportSettings {
    }

    @Override
    public TransportType type() {
        return TYPE;
    }

    @Override
    public EndpointKind endpoint() {
        return EndpointKind.HTTP_URL;
    }

    @Override
    public Optional<Class<? extends TransportSettings>> settings() {
        return Optional.of(MotCuaSettings.class);
    }

    @Override
    public Transport transport(TransportContext context) {
        return (connector, delivery) -> DeliveryOutcome.accepted(null, "filed as "
                + connector.settings(MotCuaSettings.class).unitCode());
    }

    @Override
    public Optional<Channel> intakeChannel() {
        return Optional.of(Channel.of("MOT_CUA"));
    }
}
