package vn.lienthong.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.lienthong.gateway.config.LienthongProperties;
import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.GatewayIT;
import vn.lienthong.gateway.support.PdfPackages;
import vn.lienthong.gateway.support.SamplePackages;
import vn.lienthong.gateway.support.SamplePki;
import vn.lienthong.signatures.testsupport.PdfDocuments;
import vn.lienthong.signatures.testsupport.PdfFixtures;
import vn.lienthong.signatures.testsupport.PdfSigner;

/**
 * The signatures inside PDF attachments at intake: a school's connector requires them (a package whose PDF is
 * tampered with or unsigned is refused, nothing stored), the department's is optional (the report is kept and shown).
 */
class AttachmentSignatureIT extends GatewayIT {

    /** A lower secondary school whose connector requires signed PDFs; it sends to the district and the Ministry. */
    private static final String SCHOOL_THCS = "000.56.31.H53";
    private static final String SCHOOL_THCS_KEY = "it-key-thcs-thach-ha";

    static {
        try {
            Path file = ConnectorFiles.write(connectorsDir, "thcs-thach-ha", "Trường THCS Thạch Hà", SCHOOL_THCS,
                    departmentSystem.endpoint(), SCHOOL_THCS_KEY,
                    "{ max-attempts: 3, initial-delay: 200ms, multiplier: 2.0, max-delay: 1s }");
            Files.writeString(file, "attachments: { pdf-signatures: required }\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    LienthongProperties properties;

    /** The department's sample as sent by the school, with {@code pdf} as its attachment. */
    private static byte[] fromSchool(int number, String pdf) {
        String xml = new String(SamplePackages.validDocumentNumbered(number), StandardCharsets.UTF_8)
                .replace(DEPARTMENT, SCHOOL_THCS);
        return PdfPackages.carrying(xml.getBytes(StandardCharsets.UTF_8), PdfPackages.fixture(pdf));
    }

    @Test
    void underRequiredAValidlySignedPdfIsAcceptedAndItsSignersShown() {
        String id = accepted(postDocument(fromSchool(5601, "signed-valid.pdf"), SCHOOL_THCS_KEY));

        String view = getDocument(id, SCHOOL_THCS_KEY).getBody();
        assertThat((String) JsonPath.read(view, "$.pdfSignatures")).isEqualTo("SIGNED_VALID");
        assertThat((String) JsonPath.read(view, "$.attachments[0].name")).isEqualTo("123_QĐ-SGDĐT.pdf");
        assertThat((String) JsonPath.read(view, "$.attachments[0].outcome")).isEqualTo("VALID");
        assertThat((List<String>) JsonPath.read(view, "$.attachments[0].signatures[*].signerName"))
                .containsExactly("Lê Thị Thu Hà", "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh");
        assertThat((String) JsonPath.read(view, "$.attachments[0].signatures[1].timestampTime")).isNotBlank();
        // The statistics count the school's documents whose PDFs are validly signed.
        String statistics = asAdmin().getForObject("/api/admin/statistics?period=day", String.class);
        List<Integer> pdfSigned = JsonPath.read(statistics,
                "$.rows[?(@.direction == 'SENT' && @.unit == '" + SCHOOL_THCS + "')].pdfSigned");
        assertThat(pdfSigned).singleElement().satisfies(count -> assertThat(count).isPositive());
    }

    @Test
    void underRequiredATamperedPdfIsRefusedNamingTheAttachmentTheRuleAndTheReason() {
        long before = rows("messages");
        long reportsBefore = rows("attachment_reports");

        ResponseEntity<String> response = postDocument(fromSchool(5602, "signed-tampered.pdf"), SCHOOL_THCS_KEY);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat((String) JsonPath.read(response.getBody(), "$.violations[0].element"))
                .isEqualTo("AttachmentEncoded/Attachment[1]");
        assertThat((String) JsonPath.read(response.getBody(), "$.violations[0].rule")).isEqualTo("pdf-signature-valid");
        assertThat((String) JsonPath.read(response.getBody(), "$.violations[0].value"))
                .startsWith("123_QĐ-SGDĐT.pdf: signature 1 (Lê Thị Thu Hà): message digest mismatch");
        assertThat(rows("messages")).isEqualTo(before);
        assertThat(rows("attachment_reports")).isEqualTo(reportsBefore);
    }

    @Test
    void underRequiredAnUnsignedPdfIsRefused() {
        ResponseEntity<String> response = postDocument(fromSchool(5603, "unsigned.pdf"), SCHOOL_THCS_KEY);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) JsonPath.read(response.getBody(), "$.violations[0].rule"))
                .isEqualTo("pdf-signature-required: connector thcs-thach-ha requires signed PDF attachments");
        assertThat((String) JsonPath.read(response.getBody(), "$.violations[0].value"))
                .isEqualTo("123_QĐ-SGDĐT.pdf: PDF carries no signature");
    }

    @Test
    void underOptionalATamperedPdfIsDeliveredAndReportedAsSuch() {
        byte[] pkg = PdfPackages.carrying(SamplePackages.validDocumentNumbered(5604),
                PdfPackages.fixture("signed-tampered.pdf"));

        String id = accepted(postDocument(pkg, ConnectorFiles.DEPARTMENT_KEY));

        String view = getDocument(id, ConnectorFiles.DEPARTMENT_KEY).getBody();
        assertThat((String) JsonPath.read(view, "$.pdfSignatures")).isEqualTo("SIGNED_INVALID");
        assertThat((String) JsonPath.read(view, "$.attachments[0].reason"))
                .isEqualTo("signature 1 (Lê Thị Thu Hà): message digest mismatch: the signed bytes were changed after signing");
        assertThat((Boolean) JsonPath.read(view, "$.attachments[0].signatures[0].valid")).isFalse();
        String admin = asAdmin().getForEntity("/api/admin/messages/" + id, String.class).getBody();
        assertThat((String) JsonPath.read(admin, "$.attachments[0].outcome")).isEqualTo("INVALID");
    }

    @Test
    void aSpooledPackagesPdfIsDecodedToTheSpoolAndVerified() throws Exception {
        PdfSigner.Key director = PdfFixtures.key(SamplePki.ROOT, "persons/giam-doc-so-gddt", "ca/intermediate-ca",
                "ca/root-ca");
        byte[] largePdf = PdfSigner.sign(PdfDocuments.decision(1_500_000), director,
                PdfSigner.Signing.by(PdfFixtures.DIRECTOR, "Ký ban hành"));
        byte[] pkg = PdfPackages.carrying(SamplePackages.validDocumentNumbered(5605), largePdf);
        assertThat(pkg.length).isGreaterThan(2_000_000);

        String id = accepted(postDocument(pkg, ConnectorFiles.DEPARTMENT_KEY));

        String view = getDocument(id, ConnectorFiles.DEPARTMENT_KEY).getBody();
        assertThat((String) JsonPath.read(view, "$.pdfSignatures")).isEqualTo("SIGNED_VALID");
        assertThat(((Number) JsonPath.read(view, "$.attachments[0].size")).longValue()).isEqualTo(largePdf.length);
        try (var spool = Files.list(properties.dataDir().resolve("spool"))) {
            assertThat(spool.filter(file -> file.toString().endsWith(".pdf"))).isEmpty();
        }
    }

    private static String accepted(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        return JsonPath.read(response.getBody(), "$.id");
    }
}
