package vn.lienthong.signatures.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UntrustedCaPdfTest {

    @Test
    void aSignerIssuedByAnotherCaIsRefusedWithItsIssuerNamed() {
        PdfReport report = SamplePdfs.verify("signed-untrusted-ca.pdf");

        assertThat(report.outcome()).isEqualTo(PdfReport.Outcome.INVALID);
        PdfSignatureReport signature = report.signatures().get(0);
        assertThat(signature.valid()).isFalse();
        assertThat(signature.reason()).startsWith("signer not issued by a trusted anchor (issuer ")
                .contains("CN=Rogue CA");
        assertThat(signature.signerIssuer()).contains("CN=Rogue CA");
    }
}
