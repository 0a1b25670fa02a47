package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.lienthong.signatures.testsupport.CustomSignature;
import vn.lienthong.signatures.testsupport.Packages;
import vn.lienthong.signatures.testsupport.Policies;
import vn.lienthong.signatures.testsupport.TestPki;

class LegacySha1Test {

    private final TestPki pki = TestPki.shared();
    private final byte[] signed = CustomSignature.by(pki.signingKey(pki.leaf("Phần mềm cũ").issue())).legacySha1()
            .sign(Packages.newDocument());
    private final SignatureVerifier verifier = new SignatureVerifier((c, i, t) -> {
        throw new AssertionError("revocation is off in this test");
    });

    @Test
    void rsaSha1IsNotVerifiedByDefaultAndSaysWhy() {
        SignatureReport report = verifier.verify(signed, Policies.trustingRootOf(pki));

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.UNVERIFIABLE);
        assertThat(report.reason()).isEqualTo("algorithm rsa-sha1 is legacy SHA-1, not verified: this connector does "
                + "not allow it (signature.allow-legacy-sha1)");
        assertThat(report.algorithm()).isEqualTo("rsa-sha1");
        assertThat(report.isValid()).isFalse();
    }

    @Test
    void aTamperedRsaSha1SignatureIsLeftUncheckedByDefaultAndCaughtWhereSha1IsAllowed() {
        byte[] tampered = Packages.replaceFirst(signed, "Nguyễn Văn An", "Nguyễn Văn Bình");

        assertThat(verifier.verify(tampered, Policies.trustingRootOf(pki)).outcome())
                .isEqualTo(SignatureReport.Outcome.UNVERIFIABLE);
        assertThat(verifier.verify(tampered, Policies.trustingRootOf(pki).withLegacySha1(true)).outcome())
                .isEqualTo(SignatureReport.Outcome.INVALID);
    }

    @Test
    void rsaSha1WithSha1DigestsIsAcceptedWhereTheConnectorAllowsLegacyProducers() {
        SignatureReport report = verifier.verify(signed, Policies.trustingRootOf(pki).withLegacySha1(true));

        assertThat(report.outcome()).as(report.reason()).isEqualTo(SignatureReport.Outcome.VALID);
        assertThat(report.algorithm()).isEqualTo("rsa-sha1");
    }

    @Test
    void legacyAcceptanceStillCatchesTampering() {
        byte[] tampered = Packages.replaceFirst(signed, "Nguyễn Văn An", "Nguyễn Văn Bình");

        SignatureReport report = verifier.verify(tampered, Policies.trustingRootOf(pki).withLegacySha1(true));

        assertThat(report.reason()).isEqualTo("reference digest mismatch for URI ''");
    }
}
