package vn.lienthong.connectors.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.RetryPolicy;
import vn.lienthong.connectors.spi.SignatureVerifyMode;
import vn.lienthong.connectors.spi.Timeouts;
import vn.lienthong.connectors.spi.TransportType;

/** The catalog finds a connector by id, by recipient agency and by API key hash, and refuses ambiguity. */
class ConnectorCatalogTest {

    private static final String THACH_HA_KEY = "8dce55a81f26c44f75332acb79c54f319a678b670ee823802b3749bdc1d80d4b";
    private static final String SO_GDDT_KEY = "d10b5d41d9bbbf8fa35dc1ff7669608c23a746873d2fb70d47a8af0f187eb9ba";

    private final ConnectorDefinition thachHa = connector("phong-gddt-thach-ha", THACH_HA_KEY, "000.20.31.H53");
    private final ConnectorDefinition soGddt =
            connector("so-gddt-ha-tinh", SO_GDDT_KEY, "000.00.13.H53", "000.00.13.H54");
    private final ConnectorDefinition school = connector("truong-thpt-hong-linh", null, "000.30.45.H53");
    private final ConnectorCatalog catalog = ConnectorCatalog.of(List.of(thachHa, soGddt, school));

    @Test
    void findsById() {
        assertThat(catalog.byId("so-gddt-ha-tinh")).containsSame(soGddt);
        assertThat(catalog.byId("so-gddt")).isEmpty();
        assertThat(catalog.byId(null)).isEmpty();
    }

    @Test
    void findsTheConnectorReachingEachAgency() {
        assertThat(catalog.forAgency("000.00.13.H54")).containsSame(soGddt);
        assertThat(catalog.forAgency("000.20.31.H53")).containsSame(thachHa);
        assertThat(catalog.forAgency("000.99.99.H99")).isEmpty();
    }

    @Test
    void findsByApiKeyHashInEitherCase() {
        assertThat(catalog.byApiKeyHash(SO_GDDT_KEY.toUpperCase())).containsSame(soGddt);
        assertThat(catalog.byApiKeyHash(THACH_HA_KEY)).containsSame(thachHa);
    }

    @Test
    void findsNoConnectorForAnUnknownOrMissingKey() {
        assertThat(catalog.byApiKeyHash("0".repeat(64))).isEmpty();
        assertThat(catalog.byApiKeyHash(null)).isEmpty();
        assertThat(catalog.byApiKeyHash("")).isEmpty();
    }

    @Test
    void keepsTheGivenOrderAndCannotBeChanged() {
        assertThat(catalog.all()).containsExactly(thachHa, soGddt, school);
        assertThatThrownBy(() -> catalog.all().add(thachHa)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void doesNotFollowChangesToTheSourceList() {
        List<ConnectorDefinition> source = new ArrayList<>(List.of(thachHa));
        ConnectorCatalog copy = ConnectorCatalog.of(source);

        source.add(soGddt);

        assertThat(copy.all()).containsExactly(thachHa);
    }

    @Test
    void refusesAnAgencyReachedThroughTwoConnectors() {
        ConnectorDefinition rival = connector("rival", null, "000.00.13.H54");

        assertThatThrownBy(() -> ConnectorCatalog.of(List.of(soGddt, rival)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("agency 000.00.13.H54 is already reached through \"so-gddt-ha-tinh\"");
    }

    @Test
    void refusesADuplicateId() {
        ConnectorDefinition twin = connector("so-gddt-ha-tinh", null, "000.00.13.H60");

        assertThatThrownBy(() -> ConnectorCatalog.of(List.of(soGddt, twin)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate id \"so-gddt-ha-tinh\"");
    }

    private static ConnectorDefinition connector(String id, String apiKeySha256, String... agencies) {
        return new ConnectorDefinition(id, id, List.of(agencies), TransportType.of("rest"),
                URI.create("http://127.0.0.1:9001/edoc"), apiKeySha256, RetryPolicy.DEFAULT,
                SignatureVerifyMode.DEFAULT, false, Timeouts.DEFAULT, ConnectorDefinition.DEFAULT_CONCURRENCY, null, Map.of());
    }
}
