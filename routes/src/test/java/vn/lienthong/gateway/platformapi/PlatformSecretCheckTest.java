package vn.lienthong.gateway.platformapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import vn.lienthong.connectors.config.ConnectorError;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.ConnectorLimits;
import vn.lienthong.connectors.spi.PlatformSystemBinding;
import vn.lienthong.connectors.spi.RetryPolicy;
import vn.lienthong.connectors.spi.SignatureVerifyMode;
import vn.lienthong.connectors.spi.Timeouts;
import vn.lienthong.connectors.spi.TransportType;

/** A platform binding whose secret variable is not set is refused, naming the file, the field and the variable. */
class PlatformSecretCheckTest {

    private static final ConnectorDefinition IOFFICE = new ConnectorDefinition("ioffice-so-gddt",
            "VNPT iOffice Sở GD&ĐT Hà Tĩnh", List.of("000.00.13.H53"), TransportType.of("inbox"), (URI) null, null,
            RetryPolicy.DEFAULT, SignatureVerifyMode.DEFAULT, false, Timeouts.DEFAULT, 1,
            Path.of("connectors", "ioffice-so-gddt.yaml"), Map.of(), null, ConnectorLimits.NONE,
            new PlatformSystemBinding("ioffice-sgddt-ha-tinh", "IOFFICE_VDXP_SECRET"), null);

    @Test
    void anUnsetVariableIsAnErrorOfTheFile() {
        List<ConnectorError> errors = new PlatformSecretCheck(new MockEnvironment(), null).check(List.of(IOFFICE));

        assertThat(errors).extracting(ConnectorError::toString).containsExactly("ioffice-so-gddt.yaml: "
                + "inbound.vdxp.secret-env: environment variable IOFFICE_VDXP_SECRET is not set; set it to the secret "
                + "of system ioffice-sgddt-ha-tinh");
    }

    @Test
    void aSetVariableOrNoBindingPasses() {
        MockEnvironment environment = new MockEnvironment().withProperty("IOFFICE_VDXP_SECRET", "bí-mật-riêng");
        ConnectorDefinition withoutBinding = new ConnectorDefinition("bo-gddt", "Bộ GD&ĐT", List.of("000.00.00.G03"),
                TransportType.of("inbox"), null, null, RetryPolicy.DEFAULT, SignatureVerifyMode.DEFAULT, false,
                Timeouts.DEFAULT, 1, null, Map.of());

        assertThat(new PlatformSecretCheck(environment, null).check(List.of(IOFFICE, withoutBinding))).isEmpty();
        assertThat(new PlatformSecretCheck(new MockEnvironment(), null).check(List.of(withoutBinding))).isEmpty();
    }
}
