package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;

import org.junit.jupiter.api.Test;

import vn.lienthong.signatures.revocation.RevocationStatus;
import vn.lienthong.signatures.testsupport.Packages;
import vn.lienthong.signatures.testsupport.Policies;
import vn.lienthong.signatures.testsupport.TestPki;

class SignAndVerifyEcdsaTest {

    private final TestPki pki = TestPki.shared();
    private final SignatureVerifier verifier = new SignatureVerifier((c, i, t) -> RevocationStatus.good("test"));

    @Test
    void anEcP256KeySignsWithEcdsaSha256AndVerifies() {
        TestPki.Issued leaf = pki.leaf("Phòng GD&ĐT Thạch Hà").ec().issue();
        DocumentSigner signer = new DocumentSigner(pki.signingKey(leaf));

        byte[] signed = signer.sign(Packages.newDocument());
        SignatureReport report = verifier.verify(signed, Policies.trustingRootOf(pki));

        assertThat(new String(signed, StandardCharsets.UTF_8)).contains("xmldsig-more#ecdsa-sha256");
        assertThat(report.outcome()).as(report.reason()).isEqualTo(SignatureReport.Outcome.VALID);
        assertThat(report.algorithm()).isEqualTo("ecdsa-sha256");
    }

    @Test
    void anEcKeyOnAnotherCurveIsRefusedWhenTheSignerIsBuilt() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp384r1"));
        TestPki.Issued leaf = pki.leaf("P-384 holder").keys(generator.generateKeyPair()).issue();

        assertThatThrownBy(() -> new DocumentSigner(pki.signingKey(leaf)))
                .isInstanceOf(SigningException.class).hasMessageContaining("only RSA and EC P-256");
    }
}
