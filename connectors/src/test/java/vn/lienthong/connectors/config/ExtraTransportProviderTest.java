package vn.lienthong.connectors.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import vn.lienthong.connectors.config.MotCuaTransportProvider.MotCuaSettings;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.TransportProviders;

/**
 * Adding a transport touches no central list: one provider class (test scope here) makes its key known to the reader,
 * which binds and checks its options with the provider's settings record.
 */
class ExtraTransportProviderTest {

    private static final UnaryOperator<String> SECRETS_SET = Map.of("MOT_CUA_TOKEN_THU", "mã-bí-mật")::get;
    private static final TransportProviders WITH_MOT_CUA =
            TransportProviders.discovered().with(new MotCuaTransportProvider());

    @Test
    void aFileOfTheNewTransportIsReadWithItsSettingsOnceItsProviderIsInstalled() throws Exception {
        ConnectorDefinition connector = new ConnectorFileReader(SECRETS_SET, WITH_MOT_CUA)
                .read(file("valid/valid-mot-cua.yaml"));

        assertThat(connector.transport()).isEqualTo(MotCuaTransportProvider.TYPE);
        assertThat(connector.endpoint()).isEqualTo(URI.create("https://motcua.hatinh.example.gov.vn/api/van-ban"));
        assertThat(connector.settings(MotCuaSettings.class))
                .isEqualTo(new MotCuaSettings("H53.13", "MOT_CUA_TOKEN_THU"));
    }

    @Test
    void aDirectoryWithTheNewTransportLoadsWithItsProvider() throws Exception {
        List<ConnectorDefinition> connectors = ConnectorDirectory.load(file("valid"), SECRETS_SET, WITH_MOT_CUA);

        assertThat(connectors).extracting(ConnectorDefinition::id).containsExactly("mot-cua-ha-tinh");
    }

    @Test
    void withoutItsProviderTheNewTransportIsUnknownAndTheInstalledOnesAreListed() {
        ConnectorConfigException refused = catchThrowableOfType(ConnectorConfigException.class,
                () -> new ConnectorFileReader(SECRETS_SET).read(file("valid/valid-mot-cua.yaml")));

        assertThat(refused.errors()).containsExactly(new ConnectorError("valid-mot-cua.yaml", "transport",
                "must be one of rest, soap, vdxp, lgsp, folder, inbox, was \"mot-cua\""));
    }

    @Test
    void theUnknownTransportErrorListsTheNewKeyAfterTheBuiltInOnes() {
        ConnectorConfigException refused = catchThrowableOfType(ConnectorConfigException.class,
                () -> new ConnectorFileReader(SECRETS_SET, WITH_MOT_CUA)
                        .read(ConnectorFixtures.fixture("invalid-bad-transport.yaml")));

        assertThat(refused.errors()).extracting(ConnectorError::field, ConnectorError::message).contains(tuple(
                "transport", "must be one of rest, soap, vdxp, lgsp, folder, inbox, mot-cua, was \"ftp\""));
    }

    @Test
    void theNewTransportsOptionsAreCheckedAtLoadByItsOwnRecord() {
        ConnectorConfigException refused = catchThrowableOfType(ConnectorConfigException.class,
                () -> new ConnectorFileReader(SECRETS_SET, WITH_MOT_CUA).read(file("invalid-mot-cua-options.yaml")));

        assertThat(refused.errors()).extracting(ConnectorError::field, ConnectorError::message).containsExactly(
                tuple("options.ma-don-vi", "unknown field \"ma-don-vi\" (known: unit-code, token-env)"),
                tuple("options.unit-code", "is required"));
    }

    private static Path file(String name) throws URISyntaxException {
        return Path.of(ExtraTransportProviderTest.class.getResource("/extra-transport/" + name).toURI());
    }
}
