package vn.lienthong.signatures.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TamperedPdfTest {

    @Test
    void oneChangedByteOfThePageBreaksEverySignatureOverIt() {
        PdfReport report = SamplePdfs.verify("signed-tampered.pdf");

        assertThat(report.outcome()).isEqualTo(PdfReport.Outcome.INVALID);
        assertThat(report.reason()).isEqualTo(
                "signature 1 (Lê Thị Thu Hà): message digest mismatch: the signed bytes were changed after signing");
        assertThat(report.signatures()).extracting(PdfSignatureReport::valid).containsExactly(false, false);
        assertThat(report.signatures().get(0).signerName()).isEqualTo("Lê Thị Thu Hà");
    }
}
