package vn.lienthong.connectors.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Transports and signature modes are written in connector files by their lower-case keys, and only so. */
class FileKeysTest {

    @Test
    void transportKeysAreTheLowerCaseNames() {
        assertThat(TransportType.values()).extracting(TransportType::key)
                .containsExactly("rest", "soap", "vdxp", "lgsp", "folder", "inbox");
    }

    @Test
    void everyTransportIsFoundByItsKey() {
        for (TransportType type : TransportType.values()) {
            assertThat(TransportType.fromKey(type.key())).contains(type);
        }
    }

    @Test
    void unknownOrUpperCaseTransportKeysAreNotFound() {
        assertThat(TransportType.fromKey("REST")).isEmpty();
        assertThat(TransportType.fromKey("ftp")).isEmpty();
        assertThat(TransportType.fromKey(null)).isEmpty();
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
