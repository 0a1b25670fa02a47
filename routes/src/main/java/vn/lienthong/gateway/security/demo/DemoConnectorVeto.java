package vn.lienthong.gateway.security.demo;

import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.lienthong.connectors.config.ConnectorError;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.gateway.connector.ConnectorVeto;

/**
 * Refuses a connector reload that brings a demo API key or platform secret outside the demo profile, as the
 * start-up guard would have refused the start.
 */
@Component
public class DemoConnectorVeto implements ConnectorVeto {

    private final Environment environment;

    public DemoConnectorVeto(Environment environment) {
        this.environment = environment;
    }

    @Override
    public List<ConnectorError> check(List<ConnectorDefinition> connectors) {
        if (environment.matchesProfiles(DemoCredentialsGuard.DEMO_PROFILE)) {
            return List.of();
        }
        return connectors.stream()
                .flatMap(c -> DemoCredentialsInspection.demoCredentialsOf(c, environment::getProperty).stream())
                .map(e -> new ConnectorError(e.file(), e.field(), e.message()
                        + " (demo credentials are accepted in the demo profile only)"))
                .toList();
    }
}
