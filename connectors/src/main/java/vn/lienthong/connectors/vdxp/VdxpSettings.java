package vn.lienthong.connectors.vdxp;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import vn.lienthong.connectors.spi.SecretVariable;
import vn.lienthong.connectors.spi.TransportSettings;

/**
 * A {@code vdxp} connector's settings, {@code options: { system-id: "...", secret-env: "VDXP_SECRET" }}: the system
 * the gateway signs as on the national platform, and the environment variable that holds that system's secret.
 */
public record VdxpSettings(
        @NotNull(message = "is required")
        @Pattern(regexp = SYSTEM_ID, message = SYSTEM_ID_RULE)
        String systemId,
        @NotNull(message = "is required")
        @Pattern(regexp = ENVIRONMENT_VARIABLE, message = ENVIRONMENT_VARIABLE_RULE)
        @SecretVariable
        String secretEnv) implements TransportSettings {

    /** Travels as the signed {@code XroadVnpt-systemid} header: plain ASCII, no spaces. */
    public static final String SYSTEM_ID = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";
    public static final String SYSTEM_ID_RULE = "must be the system id the platform gave this gateway: letters, "
            + "digits, '.', '_' or '-', at most 64";
    public static final String ENVIRONMENT_VARIABLE = "^[A-Za-z_][A-Za-z0-9_]{0,127}$";
    public static final String ENVIRONMENT_VARIABLE_RULE = "must name the environment variable that holds the "
            + "secret (letters, digits and _, like VDXP_SECRET), never the secret itself";
}
