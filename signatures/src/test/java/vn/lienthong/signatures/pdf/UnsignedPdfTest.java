package vn.lienthong.signatures.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnsignedPdfTest {

    @Test
    void aReadablePdfWithoutSignatureIsUnsigned() {
        PdfReport report = SamplePdfs.verify("unsigned.pdf");

        assertThat(report.outcome()).isEqualTo(PdfReport.Outcome.UNSIGNED);
        assertThat(report.reason()).isEqualTo("PDF carries no signature");
        assertThat(report.signatures()).isEmpty();
    }
}
