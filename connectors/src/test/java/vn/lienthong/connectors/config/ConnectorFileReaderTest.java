package vn.lienthong.connectors.config;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.connectors.config.ConnectorFixtures.fixture;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.RetryPolicy;
import vn.lienthong.connectors.spi.SignatureVerifyMode;
import vn.lienthong.connectors.spi.Timeouts;
import vn.lienthong.connectors.spi.TransportType;

/** Valid connector files become definitions with every field as written and defaults for the rest. */
class ConnectorFileReaderTest {

    private final ConnectorFileReader reader = new ConnectorFileReader();

    @Test
    void readsEveryFieldOfAFullRestConnector() throws Exception {
        ConnectorDefinition connector = reader.read(fixture("valid-rest.yaml"));

        assertThat(connector.id()).isEqualTo("phong-gddt-thach-ha");
        assertThat(connector.name()).isEqualTo("Phòng GD&ĐT Thạch Hà");
        assertThat(connector.agencies()).containsExactly("000.20.31.H53", "000.20.31.H54");
        assertThat(connector.transport()).isEqualTo(TransportType.of("rest"));
        assertThat(connector.endpoint()).isEqualTo(URI.create("https://edoc.thachha.example.vn/edoc"));
        assertThat(connector.retry()).isEqualTo(
                new RetryPolicy(8, Duration.ofMillis(500), 3.0, Duration.ofHours(1)));
        assertThat(connector.signatureVerify()).isEqualTo(SignatureVerifyMode.REQUIRED);
        assertThat(connector.timeouts()).isEqualTo(new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(45)));
        assertThat(connector.concurrency()).isEqualTo(2);
        assertThat(connector.sourceFile()).isEqualTo(fixture("valid-rest.yaml"));
        assertThat(connector.options()).isEqualTo(Map.of("content-encoding", "gzip", "batch-size", "10"));
    }

    @Test
    void storesTheApiKeyHashInLowerCase() throws Exception {
        ConnectorDefinition connector = reader.read(fixture("valid-rest.yaml"));

        assertThat(connector.apiKeySha256())
                .isEqualTo("8dce55a81f26c44f75332acb79c54f319a678b670ee823802b3749bdc1d80d4b");
    }

    @Test
    void fillsDefaultsForAMinimalInboxConnector() throws Exception {
        ConnectorDefinition connector = reader.read(fixture("valid-minimal-inbox.yaml"));

        assertThat(connector.transport()).isEqualTo(TransportType.of("inbox"));
        assertThat(connector.endpoint()).isNull();
        assertThat(connector.apiKeySha256()).isNull();
        assertThat(connector.retry()).isEqualTo(RetryPolicy.DEFAULT);
        assertThat(connector.signatureVerify()).isEqualTo(SignatureVerifyMode.OPTIONAL);
        assertThat(connector.timeouts()).isEqualTo(Timeouts.DEFAULT);
        assertThat(connector.concurrency()).isEqualTo(4);
        assertThat(connector.options()).isEmpty();
    }

    @Test
    void resolvesARelativeFolderAgainstTheConnectorFilesDirectory() throws Exception {
        ConnectorDefinition connector = reader.read(fixture("valid-folder.yaml"));

        URI expected = fixture("valid-folder.yaml").resolveSibling("outbox/kho-luu-tru").toUri();
        assertThat(connector.transport()).isEqualTo(TransportType.of("folder"));
        assertThat(connector.endpoint()).isEqualTo(expected);
    }

    @Test
    void readsUnquotedOffAsSignatureVerificationOff() throws Exception {
        // YAML 1.1 parses an unquoted off as the boolean false before the reader sees it.
        ConnectorDefinition connector = reader.read(fixture("valid-signature-off-unquoted.yaml"));

        assertThat(connector.signatureVerify()).isEqualTo(SignatureVerifyMode.OFF);
    }
}
