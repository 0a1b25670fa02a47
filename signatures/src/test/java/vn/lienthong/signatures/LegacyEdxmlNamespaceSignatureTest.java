package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.lienthong.signatures.testsupport.Packages;
import vn.lienthong.signatures.testsupport.Policies;
import vn.lienthong.signatures.testsupport.TestPki;

/** Signatures that are not XML-DSig are reported as such, whichever namespace the producer put them in. */
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

    @Test
    void bkavsSignatureInNoNamespaceIsReportedUnverifiableNotUnsigned() {
        byte[] bkav = Packages.resource("bkav-no-namespace-signature.xml");

        SignatureReport report = verifier.verify(bkav, Policies.trustingRootOf(TestPki.shared()));

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.UNVERIFIABLE);
        assertThat(report.reason()).isEqualTo("Bkav-style Signature in no namespace (DigestMethod as text) is not "
                + "XML-DSig and cannot be verified");
        assertThat(report.signerSubject()).isNull();
    }

    @Test
    void anXmlDsigSignatureBesideALegacyBlockIsTwoSignatures() {
        String bkav = new String(Packages.resource("bkav-no-namespace-signature.xml"),
                java.nio.charset.StandardCharsets.UTF_8).replace("</edXML:edXMLHeader>",
                "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:SignedInfo/></ds:Signature>"
                        + "</edXML:edXMLHeader>");

        SignatureReport report = verifier.verify(bkav.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Policies.trustingRootOf(TestPki.shared()));

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.INVALID);
        assertThat(report.reason()).isEqualTo("more than one Signature element (found 2)");
    }
}
