package vn.lienthong.connectors.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.lienthong.connectors.config.ConnectorFixtures.fixture;

import org.junit.jupiter.api.Test;

import vn.lienthong.connectors.spi.PdfSignatureMode;

/** {@code attachments.pdf-signatures} is optional unless a connector file says required or off. */
class PdfSignaturesSettingTest {

    private final ConnectorFileReader reader = new ConnectorFileReader();

    @Test
    void isOptionalByDefault() throws Exception {
        assertThat(reader.read(fixture("valid-rest.yaml")).pdfSignatures()).isEqualTo(PdfSignatureMode.OPTIONAL);
    }

    @Test
    void isRequiredWhenTheFileSaysSo() throws Exception {
        assertThat(reader.read(fixture("valid-pdf-signatures-required.yaml")).pdfSignatures())
                .isEqualTo(PdfSignatureMode.REQUIRED);
    }

    @Test
    void anUnquotedOffIsTheModeOff() throws Exception {
        assertThat(reader.read(fixture("valid-pdf-signatures-off-unquoted.yaml")).pdfSignatures())
                .isEqualTo(PdfSignatureMode.OFF);
    }

    @Test
    void anUnknownModeNamesTheFieldTheModesAndTheValue() {
        ConnectorConfigException error = catchThrowableOfType(ConnectorConfigException.class,
                () -> reader.read(fixture("invalid-pdf-signatures.yaml")));

        assertThat(error.errors()).containsExactly(new ConnectorError("invalid-pdf-signatures.yaml",
                "attachments.pdf-signatures", "must be one of required, optional, off, was \"bắt-buộc\""));
    }

    @Test
    void anUnknownKeyOfTheSectionIsNamed() {
        ConnectorConfigException error = catchThrowableOfType(ConnectorConfigException.class,
                () -> reader.read(fixture("invalid-attachments-unknown-key.yaml")));

        assertThat(error.errors()).extracting(ConnectorError::field).containsExactly("attachments.pdf-signature");
    }
}
