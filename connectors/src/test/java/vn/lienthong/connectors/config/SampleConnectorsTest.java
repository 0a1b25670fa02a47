package vn.lienthong.connectors.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import vn.lienthong.connectors.spi.ConnectorDefinition;

/** The sample connectors used by the README's quick start load cleanly and accept their documented demo keys. */
class SampleConnectorsTest {

    /** Surefire runs in the module directory, so the repository's samples are one level up. */
    static final Path SAMPLES = Path.of("..", "samples", "connectors");

    @Test
    void samplesLoadWithoutErrors() throws Exception {
        assertThat(SAMPLES).isDirectory();

        assertThat(ConnectorDirectory.load(SAMPLES)).extracting(ConnectorDefinition::id)
                .containsExactly("bo-gddt", "phong-gddt-thach-ha", "so-gddt-ha-tinh");
    }

    @Test
    void demoKeysIdentifyTheirConnectors() throws Exception {
        ConnectorCatalog catalog = ConnectorCatalog.of(ConnectorDirectory.load(SAMPLES));

        assertThat(catalog.byApiKeyHash(sha256("demo-so-gddt-key"))).map(ConnectorDefinition::id)
                .contains("so-gddt-ha-tinh");
        assertThat(catalog.byApiKeyHash(sha256("demo-thach-ha-key"))).map(ConnectorDefinition::id)
                .contains("phong-gddt-thach-ha");
    }

    @Test
    void samplesRouteTheirAgencies() throws Exception {
        ConnectorCatalog catalog = ConnectorCatalog.of(ConnectorDirectory.load(SAMPLES));

        assertThat(catalog.forAgency("000.00.13.H53")).map(ConnectorDefinition::name)
                .contains("Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh — hệ thống quản lý văn bản");
        assertThat(catalog.forAgency("000.20.31.H53")).map(ConnectorDefinition::name)
                .contains("Phòng GD&ĐT Thạch Hà");
    }

    private static String sha256(String key) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }
}
