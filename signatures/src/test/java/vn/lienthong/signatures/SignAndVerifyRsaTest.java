package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.lienthong.signatures.revocation.RevocationStatus;
import vn.lienthong.signatures.testsupport.Packages;
import vn.lienthong.signatures.testsupport.Policies;
import vn.lienthong.signatures.testsupport.TestPki;

class SignAndVerifyRsaTest {

    private final TestPki pki = TestPki.shared();
    private final TestPki.Issued leaf = pki.leaf("Văn thư Sở GD&ĐT Hà Tĩnh").issue();
    private final SignatureVerifier verifier = new SignatureVerifier((c, i, t) -> RevocationStatus.good("test"));

    @Test
    void signedPackageVerifiesAsValidWithRsaSha256() {
        byte[] signed = new DocumentSigner(pki.signingKey(leaf)).sign(Packages.newDocument());

        SignatureReport report = verifier.verify(signed, Policies.trustingRootOf(pki));

        assertThat(report.outcome()).as(report.reason()).isEqualTo(SignatureReport.Outcome.VALID);
        assertThat(report.algorithm()).isEqualTo("rsa-sha256");
        assertThat(report.signerCertificate()).isEqualTo(leaf.certificate());
        assertThat(report.signerSubject()).contains("CN=Văn thư Sở GD&ĐT Hà Tĩnh");
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void signatureIsTheLastChildOfEdxmlHeaderAndCoversTheWholePackage() {
        String signed = new String(new DocumentSigner(pki.signingKey(leaf)).sign(Packages.newDocument()),
                StandardCharsets.UTF_8);

        assertThat(signed).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        assertThat(signed).containsPattern("</ds:Signature>\\s*</edXML:edXMLHeader>");
        assertThat(signed).contains("URI=\"\"", "xmldsig#enveloped-signature", "xml-exc-c14n#", "xmlenc#sha256");
    }

    @Test
    void withoutTheIntermediateAReceiverKnowingOnlyTheRootCannotBuildAPath() {
        byte[] signed = new DocumentSigner(pki.signingKey(leaf)).sign(Packages.newDocument());

        SignatureReport report = verifier.verify(signed, Policies.trustingOnlyRootOf(pki));

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.INVALID);
        assertThat(report.reason()).startsWith("signer not issued by a trusted anchor");
    }

    @Test
    void intermediateTravelsInKeyInfoWhenAskedAndIsThenNotNeededByTheReceiver() {
        byte[] signed = new DocumentSigner(pki.signingKey(leaf), true).sign(Packages.newDocument());
        String text = new String(signed, StandardCharsets.UTF_8);

        SignatureReport report = verifier.verify(signed, Policies.trustingOnlyRootOf(pki));

        assertThat(text.split("<ds:X509Certificate>", -1)).hasSize(3);
        assertThat(report.outcome()).as(report.reason()).isEqualTo(SignatureReport.Outcome.VALID);
    }
}
