package vn.lienthong.gateway.platformapi;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.lienthong.connectors.config.ConnectorError;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.gateway.connector.ConnectorRegistry;
import vn.lienthong.gateway.connector.ConnectorVeto;

/**
 * Refuses to start, and refuses a reload, when a connector's {@code inbound.vdxp.secret-env} names an environment
 * variable that is not set: its partner could never authenticate, and nothing else would say why.
 */
@Component
public class PlatformSecretCheck implements ConnectorVeto, InitializingBean {

    private final Environment environment;
    private final ConnectorRegistry connectors;

    public PlatformSecretCheck(Environment environment, ConnectorRegistry connectors) {
        this.environment = environment;
        this.connectors = connectors;
    }

    @Override
    public void afterPropertiesSet() {
        List<ConnectorError> errors = check(connectors.all());
        if (!errors.isEmpty()) {
            throw new IllegalStateException("Invalid connector files:\n" + errors.stream()
                    .map(ConnectorError::toString).collect(Collectors.joining("\n")));
        }
    }

    @Override
    public List<ConnectorError> check(List<ConnectorDefinition> definitions) {
        return definitions.stream().filter(c -> c.vdxpInbound() != null)
                .filter(c -> isUnset(environment.getProperty(c.vdxpInbound().secretEnv())))
                .map(c -> new ConnectorError(c.sourceFile() == null ? c.id() : c.sourceFile().getFileName().toString(),
                        "inbound.vdxp.secret-env", "environment variable " + c.vdxpInbound().secretEnv()
                        + " is not set; set it to the secret of system " + c.vdxpInbound().systemId()))
                .toList();
    }

    private static boolean isUnset(String value) {
        return value == null || value.isEmpty();
    }
}
