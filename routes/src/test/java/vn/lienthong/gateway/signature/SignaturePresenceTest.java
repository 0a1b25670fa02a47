package vn.lienthong.gateway.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.lienthong.signatures.SignatureReport;
import vn.lienthong.signatures.SignatureVerifier;
import vn.lienthong.signatures.VerificationPolicy;

class SignaturePresenceTest {

    private final byte[] unsigned = sample();

    @Test
    void anUnsignedUtf8PackageIsCertainlyUnsigned() {
        assertThat(SignaturePresence.certainlyUnsigned(unsigned)).isTrue();
        assertThat(SignaturePresence.hasSignature(unsigned)).isFalse();
    }

    @Test
    void aPackageWithASignatureElementIsNot() {
        String text = new String(unsigned, StandardCharsets.UTF_8);
        byte[] signed = text.replace("</edXML:edXMLHeader>",
                "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"/></edXML:edXMLHeader>")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(SignaturePresence.certainlyUnsigned(signed)).isFalse();
    }

    @Test
    void aPackageInUtf16IsNeverJudgedByItsBytes() {
        String text = new String(unsigned, StandardCharsets.UTF_8).replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");

        assertThat(SignaturePresence.certainlyUnsigned(text.getBytes(StandardCharsets.UTF_16))).isFalse();
        assertThat(SignaturePresence.certainlyUnsigned(text.getBytes(StandardCharsets.UTF_16LE))).isFalse();
    }

    @Test
    void theShortcutReportsAnUnsignedPackageInTheVerifiersOwnWords() {
        SignatureReport full = new SignatureVerifier().verify(unsigned, VerificationPolicy.trusting(List.of()));

        assertThat(full.outcome()).isEqualTo(SignatureReport.Outcome.UNSIGNED);
        assertThat(full.reason()).isEqualTo(IncomingSignatureCheck.UNSIGNED_REASON);
    }

    private static byte[] sample() {
        try (InputStream in = SignaturePresenceTest.class.getClassLoader()
                .getResourceAsStream("samples/valid-new-document.xml")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
