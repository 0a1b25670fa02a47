package vn.lienthong.signatures.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpiredCertificatePdfTest {

    @Test
    void aSignatureMadeWithAnExpiredCertificateIsRefusedWithTheExpiryDate() {
        PdfReport report = SamplePdfs.verify("signed-expired.pdf");

        assertThat(report.outcome()).isEqualTo(PdfReport.Outcome.INVALID);
        assertThat(report.signatures().get(0).reason())
                .startsWith("certificate expired on 2021-01-01T00:00:00Z (signing time it claims ");
    }
}
