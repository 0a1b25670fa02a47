package vn.lienthong.connectors.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A connector definition answers whether it reaches an agency and whether a key hash is its partner's. */
class ConnectorDefinitionTest {

    private static final String KEY_HASH = "8dce55a81f26c44f75332acb79c54f319a678b670ee823802b3749bdc1d80d4b";

    @Test
    void reachesOnlyItsOwnAgencies() {
        ConnectorDefinition connector = connector(KEY_HASH, List.of("000.20.31.H53", "000.20.31.H54"));

        assertThat(connector.reaches("000.20.31.H54")).isTrue();
        assertThat(connector.reaches("000.20.31.H55")).isFalse();
        assertThat(connector.reaches(null)).isFalse();
    }

    @Test
    void acceptsItsKeyHashInEitherCase() {
        ConnectorDefinition connector = connector(KEY_HASH.toUpperCase(), List.of("000.20.31.H53"));

        assertThat(connector.apiKeySha256()).isEqualTo(KEY_HASH);
        assertThat(connector.acceptsApiKeyHash(KEY_HASH)).isTrue();
        assertThat(connector.acceptsApiKeyHash(KEY_HASH.toUpperCase())).isTrue();
    }

    @Test
    void refusesOtherHashes() {
        ConnectorDefinition connector = connector(KEY_HASH, List.of("000.20.31.H53"));

        assertThat(connector.acceptsApiKeyHash(KEY_HASH.replace('8', '9'))).isFalse();
        assertThat(connector.acceptsApiKeyHash(KEY_HASH.substring(1))).isFalse();
        assertThat(connector.acceptsApiKeyHash("")).isFalse();
        assertThat(connector.acceptsApiKeyHash(null)).isFalse();
    }

    @Test
    void aConnectorWithoutKeyAcceptsNoHash() {
        ConnectorDefinition connector = connector(null, List.of("000.20.31.H53"));

        assertThat(connector.acceptsApiKeyHash(KEY_HASH)).isFalse();
    }

    @Test
    void rejectsAKeyHashThatIsNotSha256Hex() {
        assertThatThrownBy(() -> connector("demo-thach-ha-key", List.of("000.20.31.H53")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("demo-thach-ha-key");
    }

    @Test
    void copiesItsCollections() {
        List<String> agencies = new ArrayList<>(List.of("000.20.31.H53"));
        Map<String, String> options = new HashMap<>(Map.of("batch-size", "10"));
        ConnectorDefinition connector = new ConnectorDefinition("a", "A", agencies, TransportType.of("rest"),
                URI.create("http://127.0.0.1:9001/edoc"), null, RetryPolicy.DEFAULT, SignatureVerifyMode.DEFAULT, false,
                Timeouts.DEFAULT, 4, null, options);

        agencies.add("000.20.31.H54");
        options.clear();

        assertThat(connector.agencies()).containsExactly("000.20.31.H53");
        assertThat(connector.options()).containsEntry("batch-size", "10");
    }

    private static ConnectorDefinition connector(String apiKeySha256, List<String> agencies) {
        return new ConnectorDefinition("phong-gddt-thach-ha", "Phòng GD&ĐT Thạch Hà", agencies,
                TransportType.of("rest"),
                URI.create("http://127.0.0.1:9001/edoc"), apiKeySha256, RetryPolicy.DEFAULT,
                SignatureVerifyMode.DEFAULT, false, Timeouts.DEFAULT, ConnectorDefinition.DEFAULT_CONCURRENCY, null, null);
    }
}
