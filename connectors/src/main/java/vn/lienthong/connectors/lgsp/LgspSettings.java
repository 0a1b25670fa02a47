package vn.lienthong.connectors.lgsp;

import java.net.URI;
import java.util.List;
import java.util.function.UnaryOperator;

import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.ConnectorOptions;

/**
 * An {@code lgsp} connector's settings: {@code options: { token-url, client-id, client-secret-env, receive-for }};
 * {@code receive-for} lists the province's agencies whose documents the gateway collects from the platform.
 */
public record LgspSettings(URI tokenUrl, String clientId, String clientSecret, List<String> receiveFor) {

    public static LgspSettings of(ConnectorDefinition connector, UnaryOperator<String> environment) {
        ConnectorOptions options = new ConnectorOptions(connector, environment);
        return new LgspSettings(URI.create(options.required("token-url")), options.required("client-id"),
                options.secret("client-secret-env"), options.list("receive-for"));
    }

    @Override
    public String toString() {
        return "LgspSettings[tokenUrl=" + tokenUrl + ", clientId=" + clientId + ", clientSecret=***, receiveFor="
                + receiveFor + "]";
    }
}
