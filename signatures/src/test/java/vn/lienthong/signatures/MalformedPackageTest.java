package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.lienthong.signatures.testsupport.Policies;
import vn.lienthong.signatures.testsupport.TestPki;

class MalformedPackageTest {

    private final SignatureVerifier verifier = new SignatureVerifier((c, i, t) -> {
        throw new AssertionError("revocation must not be reached");
    });

    @Test
    void bytesThatAreNotXmlAreInvalidWithoutAnException() {
        SignatureReport report = verifier.verify("%PDF-1.4".getBytes(StandardCharsets.US_ASCII),
                Policies.trustingRootOf(TestPki.shared()));

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.INVALID);
        assertThat(report.reason()).startsWith("package is not well-formed XML: ");
    }

    @Test
    void aDoctypeIsRefusedBeforeAnyEntityIsExpanded() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE edXML [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">&x;</edXML>";

        SignatureReport report = verifier.verify(xxe.getBytes(StandardCharsets.UTF_8),
                Policies.trustingRootOf(TestPki.shared()));

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.INVALID);
        assertThat(report.reason()).startsWith("package is not well-formed XML: ").contains("DOCTYPE");
    }
}
