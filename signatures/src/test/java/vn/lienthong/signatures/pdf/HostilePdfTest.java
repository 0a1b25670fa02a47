package vn.lienthong.signatures.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.lienthong.signatures.testsupport.HostilePdfs;
import vn.lienthong.signatures.testsupport.PdfDocuments;
import vn.lienthong.signatures.testsupport.PdfFixtures;
import vn.lienthong.signatures.testsupport.PdfSigner;

/** Each hostile PDF is reported as invalid, with its reason, within bounded time and memory. */
class HostilePdfTest {

    private static final PdfLimits TIGHT = new PdfLimits(8L << 20, Duration.ofSeconds(10), 32L << 20, 16,
            256 * 1024);

    @Test
    void garbageThatStartsLikeAPdfIsNotAReadablePdf() {
        byte[] garbage = "%PDF-1.7\nkhông phải PDF\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

        PdfReport report = verify(PdfLimits.DEFAULT, garbage);

        assertThat(report.outcome()).isEqualTo(PdfReport.Outcome.INVALID);
        assertThat(report.reason()).startsWith("not a readable PDF: ");
    }

    @Test
    void bytesWithoutAPdfHeaderAreNotAPdfAndAreNotParsed() {
        byte[] random = new byte[1 << 20];
        new java.util.Random(42).nextBytes(random);

        PdfReport report = verify(PdfLimits.DEFAULT, random);

        assertThat(report.reason()).isEqualTo("not a PDF: no %PDF- header in its first 1024 bytes");
    }

    @Test
    void aPdfOverTheSizeLimitIsRefusedBeforeItIsParsed() {
        byte[] large = PdfDocuments.decision(9 << 20);

        PdfReport report = verify(TIGHT, large);

        assertThat(report.reason()).isEqualTo("PDF of " + large.length + " bytes exceeds the limit of 8388608 bytes");
    }

    @Test
    void anObjectStreamThatInflatesToAGigabyteStopsAtTheAllocationBudget() {
        byte[] bomb = HostilePdfs.objectStreamBomb(1L << 30);
        assertThat(bomb.length).isLessThan(2 << 20);
        Instant start = Instant.now();

        PdfReport report = verify(TIGHT, bomb);

        assertThat(report.outcome()).isEqualTo(PdfReport.Outcome.INVALID);
        assertThat(report.reason())
                .isEqualTo("PDF verification stopped: verification needed more memory than its budget of 32 MB");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aSignatureReservingMegabytesForItsContentsIsRefusedWithItsSize() throws Exception {
        PdfSigner.Key director = PdfFixtures.key(SamplePdfs.PKI, "persons/giam-doc-so-gddt", "ca/intermediate-ca",
                "ca/root-ca");
        byte[] pdf = PdfSigner.sign(PdfDocuments.decision(), director,
                PdfSigner.Signing.by(PdfFixtures.DIRECTOR, "Ký ban hành"), 1 << 20);

        PdfReport report = verify(TIGHT, pdf);

        assertThat(report.outcome()).isEqualTo(PdfReport.Outcome.INVALID);
        assertThat(report.signatures().get(0).reason())
                .isEqualTo("signature /Contents of 1048576 bytes exceeds the limit of 262144 bytes");
    }

    @Test
    void aPdfEncryptedWithAPasswordIsReportedAsSuch() throws Exception {
        byte[] encrypted;
        try (var document = org.apache.pdfbox.Loader.loadPDF(PdfDocuments.decision())) {
            var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("chủ-sở-hữu", "mật-khẩu",
                    new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
            var out = new java.io.ByteArrayOutputStream();
            document.save(out);
            encrypted = out.toByteArray();
        }

        PdfReport report = verify(PdfLimits.DEFAULT, encrypted);

        assertThat(report.reason()).isEqualTo("PDF is encrypted with a password: its signatures cannot be checked");
    }

    @Test
    void aVerificationPastItsTimeBudgetStopsAtItsNextRead() {
        PdfLimits noTime = new PdfLimits(8L << 20, Duration.ofNanos(1), 32L << 20, 16, 256 * 1024);

        PdfReport report = verify(noTime, SamplePdfs.bytes("signed-valid.pdf"));

        assertThat(report.outcome()).isEqualTo(PdfReport.Outcome.INVALID);
        assertThat(report.reason()).isEqualTo("PDF verification stopped: verification took longer than its time budget");
    }

    private static PdfReport verify(PdfLimits limits, byte[] pdf) {
        return SamplePdfs.verifier(limits).verify(PdfSource.of(pdf), SamplePdfs.policy());
    }
}
