package vn.lienthong.connectors.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Installed transports and signature modes are written in connector files by their lower-case keys, and only so. */
class FileKeysTest {

    @Test
    void theInstalledTransportKeysAreTheLowerCaseNamesInTheirListingOrder() {
        assertThat(TransportProviders.discovered().keys())
                .containsExactly("rest", "soap", "vdxp", "lgsp", "folder", "inbox");
    }

    @Test
    void everyInstalledTransportIsFoundByItsKey() {
        TransportProviders providers = TransportProviders.discovered();
        for (TransportProvider provider : providers.all()) {
            assertThat(providers.find(provider.type().key())).contains(provider);
        }
    }

    @Test
    void unknownOrUpperCaseTransportKeysAreNotFound() {
        assertThat(TransportProviders.discovered().find("REST")).isEmpty();
        assertThat(TransportProviders.discovered().find("ftp")).isEmpty();
    }

    @Test
    void aTransportKeyIsLowerCase() {
        assertThatThrownBy(() -> TransportType.of("REST")).isInstanceOf(IllegalArgumentException.class);
        assertThat(TransportType.of("rest")).isEqualTo(TransportType.of("rest")).hasToString("rest");
    }

    @Test
    void signatureModesAreFoundByTheirKeysAndDefaultToOptional() {
        assertThat(SignatureVerifyMode.fromKey("required")).contains(SignatureVerifyMode.REQUIRED);
        assertThat(SignatureVerifyMode.fromKey("optional")).contains(SignatureVerifyMode.OPTIONAL);
        assertThat(SignatureVerifyMode.fromKey("off")).contains(SignatureVerifyMode.OFF);
        assertThat(SignatureVerifyMode.fromKey("on")).isEmpty();
        assertThat(SignatureVerifyMode.DEFAULT).isEqualTo(SignatureVerifyMode.OPTIONAL);
    }
}
