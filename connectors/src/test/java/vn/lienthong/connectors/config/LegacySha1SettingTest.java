package vn.lienthong.connectors.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.lienthong.connectors.config.ConnectorFixtures.fixture;

import org.junit.jupiter.api.Test;

/** {@code signature.allow-legacy-sha1} is off unless a connector file turns it on, and only takes true or false. */
class LegacySha1SettingTest {

    private final ConnectorFileReader reader = new ConnectorFileReader();

    @Test
    void isOffByDefault() throws Exception {
        assertThat(reader.read(fixture("valid-rest.yaml")).allowLegacySha1()).isFalse();
    }

    @Test
    void isOnWhenTheFileSaysSo() throws Exception {
        assertThat(reader.read(fixture("valid-legacy-sha1.yaml")).allowLegacySha1()).isTrue();
    }

    @Test
    void aValueOtherThanTrueOrFalseNamesTheField() {
        ConnectorConfigException error = catchThrowableOfType(ConnectorConfigException.class,
                () -> reader.read(fixture("invalid-legacy-sha1-not-boolean.yaml")));

        assertThat(error.errors()).extracting(ConnectorError::field).containsExactly("signature.allow-legacy-sha1");
        assertThat(error.errors().get(0).message()).contains("true or false");
    }
}
