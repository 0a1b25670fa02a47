package vn.lienthong.connectors.vdxp;

import java.util.function.UnaryOperator;

import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.ConnectorOptions;

/**
 * A {@code vdxp} connector's settings: {@code options: { system-id: "...", secret-env: "VDXP_SECRET" }}, the
 * secret read from the environment variable named there.
 */
public record VdxpSettings(String systemId, String secret) {

    public static VdxpSettings of(ConnectorDefinition connector, UnaryOperator<String> environment) {
        ConnectorOptions options = new ConnectorOptions(connector, environment);
        return new VdxpSettings(options.required("system-id"), options.secret("secret-env"));
    }

    @Override
    public String toString() {
        return "VdxpSettings[systemId=" + systemId + ", secret=***]";
    }
}
