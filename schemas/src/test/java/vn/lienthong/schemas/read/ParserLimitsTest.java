package vn.lienthong.schemas.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.lienthong.schemas.Fixtures;
import vn.lienthong.schemas.model.PackageRejectedException;
import vn.lienthong.schemas.model.Violation;

/** The reader's limits beyond the DOCTYPE: element depth, and Unicode text whose declaration tells the truth. */
class ParserLimitsTest {

    private final String sample = new String(Fixtures.bytes("valid-new-document.xml"), StandardCharsets.UTF_8);

    @Test
    void nestingDeeperThanTheLimitIsRefusedNamingTheLimit() {
        String deep = sample.replace("<edXML:Paper>0</edXML:Paper>", "<edXML:Paper>0</edXML:Paper>"
                + "<edXML:BussinessDocumentInfo>" + "<edXML:Muc>".repeat(200) + "</edXML:Muc>".repeat(200)
                + "</edXML:BussinessDocumentInfo>");

        Violation violation = refusal(deep.getBytes(StandardCharsets.UTF_8));

        assertThat(violation.element()).isEqualTo("(document)");
        assertThat(violation.rule()).isEqualTo("max-element-depth 100");
        assertThat(violation.value()).contains("edXML:Muc", "101");
    }

    @Test
    void nestingWithinTheLimitIsRead() {
        String nested = sample.replace("<edXML:Paper>0</edXML:Paper>", "<edXML:Paper>0</edXML:Paper>"
                + "<edXML:BussinessDocumentInfo>" + "<edXML:Muc>".repeat(20) + "mục" + "</edXML:Muc>".repeat(20)
                + "</edXML:BussinessDocumentInfo>");

        assertThat(Fixtures.READER.read(nested.getBytes(StandardCharsets.UTF_8)).subject()).startsWith("Về việc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ISO-8859-1", "windows-1258", "UTF-16", "US-ASCII"})
    void aDeclarationThatDoesNotMatchUtf8BytesIsRefusedBeforeParsing(String declared) {
        byte[] bytes = sample.replace("encoding=\"UTF-8\"", "encoding=\"" + declared + "\"")
                .getBytes(StandardCharsets.UTF_8);

        Violation violation = refusal(bytes);

        assertThat(violation.rule()).startsWith("encoding UTF-8");
        assertThat(violation.value()).isEqualTo(declared);
    }

    @Test
    void aByteSequenceThatIsNotUtf8IsAnEncodingViolation() {
        byte[] bytes = sample.replace("Về việc", "V\u0000").getBytes(StandardCharsets.UTF_8);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("V\u0000");
        bytes[at + 1] = (byte) 0xE1;

        Violation violation = refusal(bytes);

        assertThat(violation.rule()).isEqualTo("encoding UTF-8 or UTF-16");
        assertThat(violation.value()).contains("UTF-8 sequence");
    }

    @Test
    void lowerCaseAndBomPrefixedUtf8IsRead() {
        byte[] declared = sample.replace("encoding=\"UTF-8\"", "encoding='utf-8'").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[declared.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(declared, 0, withBom, 3, declared.length);

        assertThat(Fixtures.READER.read(withBom).subject()).startsWith("Về việc");
    }

    private static Violation refusal(byte[] bytes) {
        PackageRejectedException e = catchThrowableOfType(PackageRejectedException.class,
                () -> Fixtures.READER.read(bytes));
        assertThat(e).as("refused").isNotNull();
        return e.violations().get(0);
    }
}
