package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.lienthong.signatures.testsupport.Packages;
import vn.lienthong.signatures.testsupport.Policies;
import vn.lienthong.signatures.testsupport.TestPki;

class LegacyEdxmlNamespaceSignatureTest {

    private final SignatureVerifier verifier = new SignatureVerifier((c, i, t) -> {
        throw new AssertionError("revocation must not be reached");
    });

    @Test
    void aSignatureInTheEdxmlNamespaceIsReportedUnverifiable() {
        byte[] legacy = Packages.resource("legacy-edxml-namespace-signature.xml");

        SignatureReport report = verifier.verify(legacy, Policies.trustingRootOf(TestPki.shared()));

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.UNVERIFIABLE);
        assertThat(report.reason()).isEqualTo("Signature is in the edXML namespace, not XML-DSig: cannot be verified");
        assertThat(report.signerCertificate()).isNull();
    }
}
