package vn.lienthong.signatures.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IncrementalUpdatePdfTest {

    @Test
    void aRevisionAppendedAfterTheLastSignatureMakesTheFileInvalidThoughTheSignatureItselfHolds() {
        PdfReport report = SamplePdfs.verify("signed-then-updated.pdf");

        PdfSignatureReport signature = report.signatures().get(0);
        assertThat(signature.valid()).isTrue();
        assertThat(signature.coverage()).isEqualTo(PdfSignatureReport.Coverage.EARLIER_REVISION);
        assertThat(signature.signedBytes()).isLessThan(report.size());
        assertThat(report.outcome()).isEqualTo(PdfReport.Outcome.INVALID);
        assertThat(report.reason()).isEqualTo("changed after the last signature: bytes " + signature.signedBytes()
                + " to " + report.size() + " were added by a later revision that no signature covers");
    }
}
