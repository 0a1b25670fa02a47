package vn.lienthong.connectors.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.connectors.config.ConnectorFixtures.errorsOf;
import static vn.lienthong.connectors.config.ConnectorFixtures.fixture;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.PlatformSystemBinding;

/** {@code inbound.vdxp} binds a platform system id and the variable holding its secret to one connector. */
class VdxpInboundSettingTest {

    private final ConnectorFileReader reader = new ConnectorFileReader();

    @Test
    void isReadWhenPresentAndAbsentOtherwise() throws Exception {
        assertThat(reader.read(fixture("valid-vdxp-inbound.yaml")).vdxpInbound())
                .isEqualTo(new PlatformSystemBinding("ioffice-sgddt-ha-tinh", "IOFFICE_VDXP_SECRET"));
        assertThat(reader.read(fixture("valid-minimal-inbox.yaml")).vdxpInbound()).isNull();
    }

    @Test
    void everyBrokenRuleNamesItsFieldWithoutRepeatingAPastedSecret() {
        List<ConnectorError> errors = errorsOf("invalid-vdxp-inbound.yaml");

        assertThat(errors).extracting(ConnectorError::field).containsExactlyInAnyOrder("inbound.vdxp.secret",
                "inbound.vdxp.system-id", "inbound.vdxp.secret-env");
        assertThat(errors).filteredOn(e -> e.field().equals("inbound.vdxp.system-id")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("XroadVnpt-systemid").contains("\"ioffice sgddt\""));
        assertThat(errors).filteredOn(e -> e.field().equals("inbound.vdxp.secret-env")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("environment variable").doesNotContain("A7TKG"));
        assertThat(errors).allSatisfy(e -> assertThat(e.file()).isEqualTo("invalid-vdxp-inbound.yaml"));
    }

    @Test
    void bothKeysAreRequired() {
        assertThat(errorsOf("invalid-vdxp-inbound-incomplete.yaml")).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("inbound.vdxp.secret-env");
            assertThat(e.message()).isEqualTo("is required");
        });
    }

    @Test
    void aSystemIdBoundToTwoConnectorsIsAConflict() throws Exception {
        ConnectorDefinition first = reader.read(fixture("valid-vdxp-inbound.yaml"));
        ConnectorDefinition second = new ConnectorDefinition("ioffice-khac", "Hệ thống khác", List.of("000.00.14.H53"),
                first.transport(), null, null, first.retry(), first.signatureVerify(), false, first.timeouts(), 1,
                null, first.options(), null, first.limits(), first.vdxpInbound(), first.pdfSignatures());

        assertThat(ConnectorCatalog.of(List.of(first)).byVdxpSystemId("ioffice-sgddt-ha-tinh")).contains(first);
        assertThatThrownBy(() -> ConnectorCatalog.of(List.of(first, second)))
                .hasMessageContaining("inbound.vdxp.system-id")
                .hasMessageContaining("already bound to \"ioffice-so-gddt\"");
    }
}
