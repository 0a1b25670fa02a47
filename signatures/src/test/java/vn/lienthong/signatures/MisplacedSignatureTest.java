package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import vn.lienthong.signatures.testsupport.Packages;
import vn.lienthong.signatures.testsupport.Policies;
import vn.lienthong.signatures.testsupport.TestPki;

class MisplacedSignatureTest {

    private final TestPki pki = TestPki.shared();
    private final SignatureVerifier verifier = new SignatureVerifier((c, i, t) -> {
        throw new AssertionError("revocation must not be reached");
    });

    /** The enveloped transform removes the Signature wherever it sits, so only the placement rule catches a move. */
    @ParameterizedTest
    @CsvSource({
        "From, edXML/edXMLEnvelope/edXMLHeader/MessageHeader/From",
        "edXMLBody, edXML/edXMLEnvelope/edXMLBody",
        "edXML, edXML",
        "TraceHeaderList, edXML/edXMLEnvelope/edXMLHeader/TraceHeaderList" })
    void aValidSignatureMovedOutOfEdxmlHeaderIsRefused(String newParent, String path) {
        Document document = Packages.parse(
                new DocumentSigner(pki.signingKey(pki.leaf("Văn thư").issue())).sign(Packages.newDocument()));
        Element signature = Packages.only(document, Packages.DSIG_NS, "Signature");
        Packages.only(document, Packages.EDXML_NS, newParent).appendChild(signature);

        SignatureReport report = verifier.verify(Packages.serialize(document), Policies.trustingRootOf(pki));

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.INVALID);
        assertThat(report.reason()).isEqualTo("Signature not in edXMLHeader (found under " + path + ")");
    }
}
