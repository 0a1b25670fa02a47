package vn.lienthong.connectors.lgsp;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.URL;

import vn.lienthong.connectors.spi.SecretVariable;
import vn.lienthong.connectors.spi.TransportSettings;
import vn.lienthong.connectors.vdxp.VdxpSettings;
import vn.lienthong.schemas.model.AgencyCode;

/**
 * An {@code lgsp} connector's settings, {@code options: { token-url, client-id, client-secret-env, receive-for }};
 * {@code receive-for} lists, comma-separated, the province's agencies whose documents the gateway collects.
 */
public record LgspSettings(
        @NotNull(message = "is required")
        @URL(regexp = "^(?i)https?://.+", message = "must be an absolute http:// or https:// URL")
        String tokenUrl,
        @NotNull(message = "is required")
        @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        String clientId,
        @NotNull(message = "is required")
        @Pattern(regexp = VdxpSettings.ENVIRONMENT_VARIABLE, message = VdxpSettings.ENVIRONMENT_VARIABLE_RULE)
        @SecretVariable
        String clientSecretEnv,
        @NotNull(message = "is required")
        @Pattern(regexp = AGENCY_LIST, message = "must list agency codes like 000.00.13.H53, separated by commas")
        String receiveFor) implements TransportSettings {

    /** Agency codes by the one rule of files and packages ({@link AgencyCode}), separated by commas. */
    public static final String AGENCY_LIST = "^\\s*" + AgencyCode.REGEX + "(\\s*,\\s*" + AgencyCode.REGEX + ")*\\s*$";

    public URI tokenUri() {
        return URI.create(tokenUrl.strip());
    }

    /** The agencies of {@code receive-for}, in the order written. */
    public List<String> receivers() {
        return Arrays.stream(receiveFor.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
