package vn.lienthong.signatures.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ValidSignedPdfTest {

    @Test
    void theDirectorsAndTheOrganisationsSignaturesBothHoldAndTheLastCoversTheWholeFile() {
        PdfReport report = SamplePdfs.verify("signed-valid.pdf");

        assertThat(report.outcome()).isEqualTo(PdfReport.Outcome.VALID);
        assertThat(report.reason()).isEqualTo("2 signatures valid: Lê Thị Thu Hà, Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh");
        assertThat(report.signatures()).allSatisfy(signature -> {
            assertThat(signature.valid()).isTrue();
            assertThat(signature.warnings()).isEmpty();
        });
        PdfSignatureReport director = report.signatures().get(0);
        assertThat(director.signerSubject()).contains("CN=Lê Thị Thu Hà", "T=Giám đốc");
        assertThat(director.coverage()).isEqualTo(PdfSignatureReport.Coverage.EARLIER_REVISION);
        assertThat(director.reason()).isEqualTo("signature valid for an earlier revision of the file");
        assertThat(director.subFilter()).isEqualTo("adbe.pkcs7.detached");
        PdfSignatureReport organisation = report.signatures().get(1);
        assertThat(organisation.coverage()).isEqualTo(PdfSignatureReport.Coverage.WHOLE_DOCUMENT);
        assertThat(organisation.signedBytes()).isEqualTo(report.size());
        assertThat(organisation.subFilter()).isEqualTo("ETSI.CAdES.detached");
    }

    @Test
    void theTimeStampOnTheOrganisationsSignatureIsTheTimeItsCertificateIsJudgedAt() {
        PdfSignatureReport organisation = SamplePdfs.verify("signed-valid.pdf").signatures().get(1);

        assertThat(organisation.timestampTime()).isNotNull();
        assertThat(organisation.timestampAuthority()).contains("Lienthong Test Time-Stamp Authority");
        assertThat(organisation.judgedAt()).isEqualTo(organisation.timestampTime());
        assertThat(organisation.claimedSigningTime()).isCloseTo(organisation.timestampTime(),
                org.assertj.core.api.Assertions.within(Duration.ofSeconds(1).toMillis(),
                        java.time.temporal.ChronoUnit.MILLIS));
    }

    @Test
    void aPdfHeldInMemoryGetsTheSameVerdictAsOneReadFromItsFile() {
        PdfReport fromMemory = SamplePdfs.verifier().verify(PdfSource.of(SamplePdfs.bytes("signed-valid.pdf")),
                SamplePdfs.policy().at(Instant.now()));

        assertThat(fromMemory.outcome()).isEqualTo(PdfReport.Outcome.VALID);
        assertThat(fromMemory.signatures()).hasSize(2);
    }
}
