package vn.lienthong.connectors.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static vn.lienthong.connectors.config.ConnectorFixtures.fixture;
import static vn.lienthong.connectors.config.ConnectorFixtures.singleErrorOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.connectors.spi.ConnectorDefinition;

/** {@code inbound.client-certificate-sha256} binds one TLS client certificate to one connector. */
class ClientCertificateSettingTest {

    /** SHA-256 of the DER of certs-sample/tls/client-so-gddt.pem, as {@code openssl x509 -outform DER | sha256sum}. */
    private static final String CLIENT_SO_GDDT =
            "d8223a629d97872c5c6a64a1db422af426b580f9cd68601792b012fcae980160";

    private final ConnectorFileReader reader = new ConnectorFileReader();

    @Test
    void isReadInLowerCaseAndNeedsNoApiKey() throws Exception {
        ConnectorDefinition connector = reader.read(fixture("valid-client-certificate-and-limits.yaml"));

        assertThat(connector.clientCertificateSha256()).isEqualTo(CLIENT_SO_GDDT);
        assertThat(connector.apiKeySha256()).isNull();
        assertThat(connector.acceptsClientCertificateHash(CLIENT_SO_GDDT.toUpperCase())).isTrue();
        assertThat(connector.acceptsClientCertificateHash("0".repeat(64))).isFalse();
        assertThat(connector.acceptsApiKeyHash(CLIENT_SO_GDDT)).isFalse();
    }

    @Test
    void isAbsentByDefault() throws Exception {
        assertThat(reader.read(fixture("valid-rest.yaml")).clientCertificateSha256()).isNull();
    }

    @Test
    void aMalformedValueNamesTheFieldAndHowToComputeIt() {
        ConnectorError error = singleErrorOf("invalid-client-certificate.yaml");

        assertThat(error.field()).isEqualTo("inbound.client-certificate-sha256");
        assertThat(error.message()).isEqualTo("must be 64 hexadecimal characters, the SHA-256 of the partner's TLS "
                + "client certificate in DER (openssl x509 -in CERT.pem -outform DER | sha256sum), was 23 characters");
    }

    @Test
    void twoConnectorsWithTheSameCertificateAreAmbiguous(@TempDir Path dir) throws IOException {
        Files.copy(fixture("valid-client-certificate-and-limits.yaml"), dir.resolve("a.yaml"));
        Files.writeString(dir.resolve("b.yaml"), Files.readString(dir.resolve("a.yaml"))
                .replace("so-gddt-ha-tinh", "so-gddt-du-phong").replace("000.00.13.H53", "000.00.14.H53"));

        List<ConnectorError> errors = catchThrowableOfType(ConnectorConfigException.class,
                () -> ConnectorDirectory.load(dir)).errors();

        assertThat(errors).extracting(ConnectorError::file, ConnectorError::field)
                .containsExactly(tuple("b.yaml", "inbound.client-certificate-sha256"));
        assertThat(errors.get(0).message()).startsWith("same TLS client certificate as \"so-gddt-ha-tinh\" in a.yaml");
    }

    @Test
    void checkConnectorsSaysTheCertificateIsSet() throws Exception {
        assertThat(CheckConnectors.summary(reader.read(fixture("valid-client-certificate-and-limits.yaml"))))
                .contains("no inbound API key, TLS client certificate set");
    }
}
