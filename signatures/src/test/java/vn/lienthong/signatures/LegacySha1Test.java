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
    void rsaSha1IsRefusedByDefault() {
        SignatureReport report = verifier.verify(signed, Policies.trustingRootOf(pki));

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.INVALID);
        assertThat(report.reason()).isEqualTo("algorithm rsa-sha1 not allowed for this connector");
        assertThat(report.algorithm()).isEqualTo("rsa-sha1");
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
