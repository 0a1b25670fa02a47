package vn.lienthong.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.GatewayIT;
import vn.lienthong.gateway.support.SamplePackages;
import vn.lienthong.gateway.support.SignedPackages;
import vn.lienthong.gateway.support.Xmlsec1;
import vn.lienthong.simulators.ReceivedPackage;

/** Signatures interoperate with libxmlsec1 both ways: what the gateway signs, and what xmlsec1 signs. */
class XmlsecInteropIT extends GatewayIT {

    @BeforeEach
    void xmlsec1Installed() {
        Xmlsec1.requireInstalled();
    }

    @Test
    void whatTheGatewaySignsVerifiesWithXmlsec1() throws Exception {
        postDocument(SamplePackages.validDocumentNumbered(1601), ConnectorFiles.DEPARTMENT_KEY);

        byte[] delivered = awaitPackage(1601);
        Xmlsec1.Result result = Xmlsec1.verify(delivered);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("OK");
    }

    @Test
    void aPackageSignedByXmlsec1IsAcceptedAndDeliveredWithItsSignatureStillValid() throws Exception {
        byte[] signed = Xmlsec1.sign(withSignatureTemplate(SamplePackages.fromMinistryNumbered(1602)), "orgs/bo-gddt.p12");

        ResponseEntity<String> response = postDocument(signed, ConnectorFiles.MINISTRY_KEY);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        byte[] delivered = awaitPackage(1602);
        assertThat(delivered).isEqualTo(signed);
        assertThat(Xmlsec1.verify(delivered).exitCode()).isZero();
        String view = getDocument(JsonPath.read(response.getBody(), "$.id"), ConnectorFiles.MINISTRY_KEY).getBody();
        assertThat((String) JsonPath.read(view, "$.signature.outcome")).isEqualTo("VALID");
    }

    @Test
    void aPackageSignedByXmlsec1AndThenAlteredIsRefused() throws Exception {
        byte[] signed = Xmlsec1.sign(withSignatureTemplate(SamplePackages.fromMinistryNumbered(1603)), "orgs/bo-gddt.p12");
        byte[] tampered = SignedPackages.text(signed).replace("<edXML:CodeNumber>1603<", "<edXML:CodeNumber>1604<")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(Xmlsec1.verify(tampered).exitCode()).as("xmlsec1 refuses it too").isNotZero();

        ResponseEntity<String> response = postDocument(tampered, ConnectorFiles.MINISTRY_KEY);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<String>) JsonPath.read(response.getBody(), "$.violations[*].rule")).contains("signature-valid");
    }

    private static byte[] withSignatureTemplate(byte[] unsigned) throws Exception {
        String template;
        try (var in = XmlsecInteropIT.class.getResourceAsStream("/xmlsec/signature-template.xml")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        String xml = SignedPackages.text(unsigned);
        int end = xml.indexOf("</edXML:edXMLHeader>");
        assertThat(end).as("sample has an edXMLHeader end tag").isPositive();
        return (xml.substring(0, end) + template + xml.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] awaitPackage(int number) {
        String marker = "<edXML:CodeNumber>" + number + "<";
        return await().atMost(Duration.ofSeconds(20)).until(() -> districtSystem.received().stream()
                        .map(ReceivedPackage::body).filter(body -> SignedPackages.text(body).contains(marker))
                        .findFirst(), java.util.Optional::isPresent).orElseThrow();
    }
}
