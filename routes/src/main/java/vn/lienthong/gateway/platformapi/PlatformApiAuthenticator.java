package vn.lienthong.gateway.platformapi;

import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.vdxp.VdxpErrorCode;
import vn.lienthong.connectors.vdxp.VdxpRefusal;
import vn.lienthong.connectors.vdxp.VdxpSignature;
import vn.lienthong.gateway.connector.ConnectorRegistry;

/**
 * Authenticates a call of the platform-compatible API as the platform would: {@code XroadVnpt-systemid} names the
 * connector whose {@code inbound.vdxp} binds it, and the request's HMAC must hold under the secret in the
 * environment variable that binding names ({@link VdxpSignature#verify}).
 */
@Component
public class PlatformApiAuthenticator {

    private final ConnectorRegistry connectors;
    private final Environment environment;
    private final PlatformApiProperties properties;
    private final Clock clock;

    public PlatformApiAuthenticator(ConnectorRegistry connectors, Environment environment,
                                    PlatformApiProperties properties, Clock clock) {
        this.connectors = connectors;
        this.environment = environment;
        this.properties = properties;
        this.clock = clock;
    }

    /** The caller, once its signature, its signed headers and {@code requiredKeys} all hold. */
    public PlatformCaller authenticate(HttpServletRequest request, List<String> requiredKeys) {
        AtomicReference<ConnectorDefinition> bound = new AtomicReference<>();
        VdxpSignature.Verified verified = VdxpSignature.verify(
                name -> Collections.list(request.getHeaders(name)),
                systemId -> secretOf(systemId, bound),
                new VdxpSignature.Policy(requiredKeys, properties.timestampZone(), properties.maxTimestampAge(),
                        clock));
        return new PlatformCaller(bound.get(), verified);
    }

    /** The same connector is used for the secret and for the caller, so a reload in between changes nothing. */
    private Optional<String> secretOf(String systemId, AtomicReference<ConnectorDefinition> bound) {
        Optional<ConnectorDefinition> connector = connectors.byVdxpSystemId(systemId);
        connector.ifPresent(bound::set);
        return connector.map(c -> {
            String secret = environment.getProperty(c.vdxpInbound().secretEnv());
            if (secret == null || secret.isEmpty()) {
                // PlatformSecretCheck refuses such a file at start-up and on reload; a variable removed since is ours.
                throw new VdxpRefusal(VdxpErrorCode.INTERNAL_ERROR, "system " + systemId
                        + ": the gateway holds no secret for it; its operators must set it");
            }
            return secret;
        });
    }
}
