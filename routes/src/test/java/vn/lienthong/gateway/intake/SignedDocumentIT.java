package vn.lienthong.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.GatewayIT;
import vn.lienthong.gateway.support.SamplePackages;
import vn.lienthong.gateway.support.SamplePki;
import vn.lienthong.signatures.PemCertificates;
import vn.lienthong.signatures.SignatureReport;
import vn.lienthong.signatures.SignatureVerifier;
import vn.lienthong.signatures.VerificationPolicy;
import vn.lienthong.simulators.ReceivedPackage;

/** Organisation signatures through the REST path: the gateway signs, verifies, and forwards signatures intact. */
class SignedDocumentIT extends GatewayIT {

    private final SignatureVerifier verifier = new SignatureVerifier();
    private final VerificationPolicy samplePkiTrust = VerificationPolicy.trusting(
            PemCertificates.read(List.of(SamplePki.file("trust/anchors.pem"))));

    @Test
    void anUnsignedPackageFromTheDepartmentIsSignedAsTheDepartment() {
        byte[] unsigned = SamplePackages.validDocumentNumbered(1501);

        String id = accepted(postDocument(unsigned, ConnectorFiles.DEPARTMENT_KEY));

        byte[] delivered = awaitDelivered(id, districtSystem, "1501/QĐ-SGDĐT");
        SignatureReport report = verifier.verify(delivered, samplePkiTrust);
        assertThat(report.outcome()).as(report.reason()).isEqualTo(SignatureReport.Outcome.VALID);
        assertThat(report.signerSubject()).contains("Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh");
        String view = getDocument(id, ConnectorFiles.DEPARTMENT_KEY).getBody();
        assertThat((String) JsonPath.read(view, "$.signature.outcome")).isEqualTo("UNSIGNED");
        assertThat((Boolean) JsonPath.read(view, "$.signature.signedByGateway")).isTrue();
    }

    @Test
    void aPackageSignedByItsSenderIsForwardedByteForByte() throws Exception {
        byte[] signed = SamplePki.signerFor(MINISTRY, "orgs/bo-gddt.p12").sign(SamplePackages.fromMinistryNumbered(1502));

        String id = accepted(postDocument(signed, ConnectorFiles.MINISTRY_KEY));

        byte[] delivered = awaitDelivered(id, districtSystem, "1502/QĐ-SGDĐT");
        assertThat(delivered).isEqualTo(signed);
        String view = getDocument(id, ConnectorFiles.MINISTRY_KEY).getBody();
        assertThat((String) JsonPath.read(view, "$.signature.outcome")).isEqualTo("VALID");
        assertThat((String) JsonPath.read(view, "$.signature.signerSubject")).contains("Bộ Giáo dục và Đào tạo");
        assertThat((Boolean) JsonPath.read(view, "$.signature.signedByGateway")).isFalse();
    }

    @Test
    void aConnectorThatRequiresSignaturesRefusesAnUnsignedPackage() {
        long before = rows("messages");

        ResponseEntity<String> response = postDocument(SamplePackages.fromMinistryNumbered(1503),
                ConnectorFiles.MINISTRY_KEY);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<String>) JsonPath.read(response.getBody(), "$.violations[*].rule"))
                .anyMatch(rule -> rule.startsWith("signature-required"));
        assertThat(rows("messages")).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "bad/expired.p12, expired",
        "bad/not-yet-valid.p12, not yet valid",
        "bad/wrong-issuer.p12, not issued by a trusted anchor",
        "bad/revoked.p12, revoked",
        "bad/wrong-key-usage.p12, key usage"
    })
    void aFaultySignatureIsRefusedWithItsReason(String keystore, String reason) throws Exception {
        byte[] signed = SamplePki.signerFor(DEPARTMENT, keystore).sign(SamplePackages.validDocumentNumbered(1504));
        long before = rows("messages");

        ResponseEntity<String> response = postDocument(signed, ConnectorFiles.DEPARTMENT_KEY);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<String>) JsonPath.read(response.getBody(), "$.violations[*].element"))
                .containsExactly("edXMLHeader/Signature");
        assertThat((String) JsonPath.read(response.getBody(), "$.violations[0].value")).contains(reason);
        assertThat(rows("messages")).isEqualTo(before);
    }

    @Test
    void aPackageAlteredAfterSigningIsRefused() throws Exception {
        byte[] signed = SamplePki.signerFor(MINISTRY, "orgs/bo-gddt.p12").sign(SamplePackages.fromMinistryNumbered(1505));
        byte[] tampered = new String(signed, StandardCharsets.UTF_8)
                .replace("Về việc tổ chức kỳ thi", "Về việc hoãn kỳ thi").getBytes(StandardCharsets.UTF_8);

        ResponseEntity<String> response = postDocument(tampered, ConnectorFiles.MINISTRY_KEY);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) JsonPath.read(response.getBody(), "$.violations[0].value")).contains("digest mismatch");
    }

    private static String accepted(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        return JsonPath.read(response.getBody(), "$.id");
    }

    private static byte[] awaitDelivered(String id, vn.lienthong.simulators.RestPartnerSimulator partner,
                                         String documentNumber) {
        byte[] marker = ("<edXML:CodeNumber>" + documentNumber.substring(0, documentNumber.indexOf('/')) + "<")
                .getBytes(StandardCharsets.UTF_8);
        return await().atMost(Duration.ofSeconds(20)).until(() -> partner.received().stream()
                        .map(ReceivedPackage::body).filter(body -> contains(body, marker)).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
