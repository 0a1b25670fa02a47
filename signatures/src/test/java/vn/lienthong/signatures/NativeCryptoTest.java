package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.lienthong.signatures.revocation.RevocationStatus;
import vn.lienthong.signatures.testsupport.Packages;
import vn.lienthong.signatures.testsupport.Policies;
import vn.lienthong.signatures.testsupport.TestPki;

class NativeCryptoTest {

    private final TestPki pki = TestPki.shared();
    private final TestPki.Issued leaf = pki.leaf("Văn thư Phòng GD&ĐT Thạch Hà").issue();
    private final SignatureVerifier verifier = new SignatureVerifier((c, i, t) -> RevocationStatus.good("test"));

    @AfterEach
    void backToTheJdkProviders() {
        NativeCrypto.install(false);
    }

    @Test
    void nativeSignatureVerifiesWithTheJdkAndTheOtherWayRound() {
        NativeCrypto.Choice choice = NativeCrypto.install(true);
        assumeTrue(choice.nativeInstalled(), choice.detail());
        assertThat(choice.signingProvider()).isEqualTo(NativeCrypto.PROVIDER);
        byte[] signedNatively = new DocumentSigner(pki.signingKey(leaf)).sign(Packages.newDocument());
        SignatureReport nativeVerdict = verifier.verify(signedNatively, Policies.trustingRootOf(pki));

        NativeCrypto.install(false);
        byte[] signedByJdk = new DocumentSigner(pki.signingKey(leaf)).sign(Packages.newDocument());
        SignatureReport jdkVerdictOnNative = verifier.verify(signedNatively, Policies.trustingRootOf(pki));
        NativeCrypto.install(true);
        SignatureReport nativeVerdictOnJdk = verifier.verify(signedByJdk, Policies.trustingRootOf(pki));

        assertThat(nativeVerdict.outcome()).as(nativeVerdict.reason()).isEqualTo(SignatureReport.Outcome.VALID);
        assertThat(jdkVerdictOnNative.outcome()).as(jdkVerdictOnNative.reason())
                .isEqualTo(SignatureReport.Outcome.VALID);
        assertThat(nativeVerdictOnJdk.outcome()).as(nativeVerdictOnJdk.reason())
                .isEqualTo(SignatureReport.Outcome.VALID);
    }

    @Test
    void turnedOffTheJdkSignsEvenAfterTheNativeProviderWasInstalled() {
        NativeCrypto.install(true);

        NativeCrypto.Choice choice = NativeCrypto.install(false);

        assertThat(choice.nativeInstalled()).isFalse();
        assertThat(choice.signingProvider()).isNotEqualTo(NativeCrypto.PROVIDER).isEqualTo("SunRsaSign");
        assertThat(choice.detail()).contains("turned off");
    }
}
