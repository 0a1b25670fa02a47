package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.lienthong.signatures.testsupport.Packages;
import vn.lienthong.signatures.testsupport.Policies;
import vn.lienthong.signatures.testsupport.TestPki;

class UntrustedIssuerTest {

    private final TestPki trusted = TestPki.shared();
    private final SignatureVerifier verifier = new SignatureVerifier((c, i, t) -> {
        throw new AssertionError("revocation must not be reached for an untrusted signer");
    });

    @Test
    void aChainToAnotherRootIsRefusedEvenWhenItTravelsInKeyInfo() {
        TestPki foreign = TestPki.create("Foreign", null, null);
        byte[] signed = new DocumentSigner(foreign.signingKey(foreign.leaf("Kẻ mạo danh").issue()), true)
                .sign(Packages.newDocument());

        SignatureReport report = verifier.verify(signed, Policies.trustingRootOf(trusted));

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.INVALID);
        assertThat(report.reason()).startsWith("signer not issued by a trusted anchor (issuer CN=Test Sub CA Foreign");
        assertThat(report.signerSubject()).startsWith("CN=Kẻ mạo danh");
    }

    @Test
    void anImpostorCaCopyingTheTrustedIntermediatesNameIsRefused() {
        TestPki.Issued evilRoot = TestPki.selfSigned("CN=Evil Root,C=VN");
        String stolenName = trusted.intermediate().certificate().getSubjectX500Principal().getName();
        TestPki.Issued sameNameCa = TestPki.issuedWithSubject(evilRoot, stolenName).ca().issue();
        TestPki.Issued leaf = TestPki.issuedBy(sameNameCa, "Kẻ mạo danh").issue();
        SigningKey key = new SigningKey("000.00.13.H53", leaf.privateKey(),
                List.of(leaf.certificate(), sameNameCa.certificate()));
        byte[] signed = new DocumentSigner(key, true).sign(Packages.newDocument());

        SignatureReport report = verifier.verify(signed, Policies.trustingRootOf(trusted));

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.INVALID);
        assertThat(report.reason()).startsWith("signer not issued by a trusted anchor (issuer " + stolenName);
    }

    @Test
    void noConfiguredAnchorsMeansNothingIsTrusted() {
        byte[] signed = new DocumentSigner(trusted.signingKey(trusted.leaf("Văn thư").issue()))
                .sign(Packages.newDocument());

        SignatureReport report = verifier.verify(signed, VerificationPolicy.trusting(List.of()));

        assertThat(report.reason()).isEqualTo("signer not issued by a trusted anchor: no trust anchors are configured");
    }
}
