package vn.lienthong.connectors.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static vn.lienthong.connectors.config.ConnectorFixtures.fixture;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import vn.lienthong.connectors.lgsp.LgspSettings;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.vdxp.VdxpSettings;

/** A platform connector's options are bound into its typed settings and checked when the file is loaded. */
class PlatformSettingsTest {

    private static final UnaryOperator<String> SECRETS_SET =
            Map.of("VDXP_SECRET_THU", "bí-mật-vdxp", "LGSP_SECRET_THU", "bí-mật-lgsp")::get;
    private static final UnaryOperator<String> NOTHING_SET = name -> null;

    @Test
    void bindsTheOptionsOfAVdxpConnector() throws Exception {
        ConnectorDefinition connector = new ConnectorFileReader(SECRETS_SET).read(fixture("valid-vdxp.yaml"));

        assertThat(connector.settings(VdxpSettings.class))
                .isEqualTo(new VdxpSettings("sgddt-ha-tinh", "VDXP_SECRET_THU"));
    }

    @Test
    void bindsTheOptionsOfAnLgspConnector() throws Exception {
        LgspSettings settings = new ConnectorFileReader(SECRETS_SET).read(fixture("valid-lgsp.yaml"))
                .settings(LgspSettings.class);

        assertThat(settings.tokenUri()).isEqualTo(URI.create("https://lgsp.hatinh.example.gov.vn/token"));
        assertThat(settings.clientId()).isEqualTo("sgddt-ha-tinh");
        assertThat(settings.clientSecretEnv()).isEqualTo("LGSP_SECRET_THU");
        assertThat(settings.receivers()).containsExactly("000.00.13.H53", "000.20.31.H53");
    }

    @Test
    void requiresTheSystemId() {
        assertThat(errorsOf("invalid-vdxp-missing-system-id.yaml", SECRETS_SET)).containsExactly(new ConnectorError(
                "invalid-vdxp-missing-system-id.yaml", "options.system-id", "is required"));
    }

    @Test
    void requiresEveryOptionOfAVdxpConnectorWithoutOptions() {
        assertThat(errorsOf("invalid-vdxp-no-options.yaml", SECRETS_SET))
                .extracting(ConnectorError::field, ConnectorError::message)
                .containsExactly(tuple("options.system-id", "is required"), tuple("options.secret-env", "is required"));
    }

    @Test
    void reportsEveryBrokenVdxpOptionAtOnceWithoutRepeatingAPastedSecret() {
        List<ConnectorError> errors = errorsOf("invalid-vdxp-options.yaml", SECRETS_SET);

        assertThat(errors).extracting(ConnectorError::field, ConnectorError::message).containsExactly(
                tuple("options.sytem-id", "unknown field \"sytem-id\" (known: system-id, secret-env)"),
                tuple("options.system-id", VdxpSettings.SYSTEM_ID_RULE + ", was \"  \""),
                tuple("options.secret-env", VdxpSettings.ENVIRONMENT_VARIABLE_RULE));
        assertThat(errors).allSatisfy(error -> assertThat(error.toString()).doesNotContain("A7TKG"));
    }

    @Test
    void reportsEveryBrokenLgspOptionAtOnce() {
        assertThat(errorsOf("invalid-lgsp-options.yaml", SECRETS_SET)).extracting(ConnectorError::toString)
                .containsExactly(
                        "invalid-lgsp-options.yaml: options.token-url: must be an absolute http:// or https:// URL, "
                                + "was \"lgsp.hatinh.example.gov.vn/token\"",
                        "invalid-lgsp-options.yaml: options.client-id: must not be blank, was \"\"",
                        "invalid-lgsp-options.yaml: options.client-secret-env: is required",
                        "invalid-lgsp-options.yaml: options.receive-for: must list agency codes like 000.00.13.H53, "
                                + "separated by commas, was \"Sở GD&ĐT Hà Tĩnh\"");
    }

    @Test
    void refusesAFileWhoseSecretVariableIsNotSet() {
        assertThat(errorsOf("valid-vdxp.yaml", NOTHING_SET)).containsExactly(new ConnectorError("valid-vdxp.yaml",
                "options.secret-env", "environment variable VDXP_SECRET_THU is not set; set it to the secret before "
                        + "starting"));
        assertThat(errorsOf("valid-lgsp.yaml", NOTHING_SET)).extracting(ConnectorError::field)
                .containsExactly("options.client-secret-env");
    }

    @Test
    void leavesTheOptionsOfOtherTransportsFree() throws Exception {
        ConnectorDefinition rest = new ConnectorFileReader(NOTHING_SET).read(fixture("valid-rest.yaml"));

        assertThat(rest.settings()).isNull();
        assertThat(rest.options()).containsEntry("batch-size", "10");
    }

    private static List<ConnectorError> errorsOf(String name, UnaryOperator<String> environment) {
        return catchThrowableOfType(ConnectorConfigException.class,
                () -> new ConnectorFileReader(environment).read(fixture(name))).errors();
    }
}
