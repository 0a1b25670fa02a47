package vn.lienthong.gateway.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.SamplePackages;
import vn.lienthong.gateway.support.SignedPackages;
import vn.lienthong.schemas.soap.GatewayFault;
import vn.lienthong.schemas.soap.Receipt;
import vn.lienthong.schemas.soap.SendDocument;
import vn.lienthong.simulators.ReceivedPackage;

/** The SOAP document service, through a client built from the WSDL the gateway publishes at /soap/documents?wsdl. */
class SoapDocumentServiceIT extends SoapPartnersIT {

    @Test
    void publishesTheHandWrittenContract() {
        ResponseEntity<String> wsdl = http.getForEntity("/soap/documents?wsdl", String.class);

        assertThat(wsdl.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(wsdl.getBody()).contains("urn:lienthong:soap:documents:1", "GetPendingDocuments",
                "AcknowledgeDocument", "soap/documents");
    }

    @Test
    void aDocumentSentOverSoapIsDeliveredToARestPartner() throws GatewayFault {
        byte[] sample = SamplePackages.validDocumentNumbered(4401);

        Receipt receipt = soapClient(ConnectorFiles.DEPARTMENT_KEY).sendDocument(send(sample));

        assertThat(receipt.getStatus()).isEqualTo("ACCEPTED");
        assertThat(receipt.isDuplicate()).isFalse();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                (String) JsonPath.read(getDocument(receipt.getId(), ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.state"))
                .isEqualTo("DELIVERED"));
        ReceivedPackage atDistrict = districtSystem.received().stream()
                .filter(p -> new String(p.body(), StandardCharsets.UTF_8).contains("<edXML:CodeNumber>4401<"))
                .findFirst().orElseThrow();
        assertThat(SignedPackages.withoutGatewayAdditions(atDistrict.body())).isEqualTo(sample);
        assertThat(jdbc.sql("select channel from messages where id = ?").param(receipt.getId()).query(String.class)
                .single()).isEqualTo("SOAP");

        Receipt again = soapClient(ConnectorFiles.DEPARTMENT_KEY).sendDocument(send(sample));
        assertThat(again.getId()).isEqualTo(receipt.getId());
        assertThat(again.isDuplicate()).isTrue();
    }

    @Test
    void anInvalidPackageIsAFaultListingTheViolationsAndStoresNothing() {
        long messagesBefore = rows("messages");

        GatewayFault fault = catchThrowableOfType(GatewayFault.class, () -> soapClient(ConnectorFiles.DEPARTMENT_KEY)
                .sendDocument(send(SamplePackages.load("packages/invalid-missing-subject.xml"))));

        assertThat(fault).isNotNull();
        assertThat(fault.getFaultInfo().getStatus()).isEqualTo(400);
        assertThat(fault.getFaultInfo().getType()).isEqualTo("urn:lienthong:problem:invalid-package");
        assertThat(fault.getFaultInfo().getViolation())
                .anySatisfy(v -> assertThat(v.getElement()).isEqualTo("MessageHeader/Subject"));
        assertThat(rows("messages")).isEqualTo(messagesBefore);
    }

    @Test
    void aRefusalCarriesTheClientFaultCode() {
        String envelope = """
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" \
                xmlns:d="urn:lienthong:soap:documents:1"><soap:Body><d:SendDocument><d:package>%s</d:package>\
                </d:SendDocument></soap:Body></soap:Envelope>""".formatted(Base64.getEncoder()
                .encodeToString(SamplePackages.load("packages/invalid-missing-subject.xml")));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.TEXT_XML);
        headers.set("SOAPAction", "\"urn:lienthong:soap:documents:1#SendDocument\"");
        headers.set("X-API-Key", ConnectorFiles.DEPARTMENT_KEY);

        ResponseEntity<String> answer = http.exchange("/soap/documents", HttpMethod.POST,
                new HttpEntity<>(envelope, headers), String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains(":Client</faultcode>", "rule>", "MessageHeader/Subject")
                .doesNotContain(":Server</faultcode>");
    }

    @Test
    void anUnknownKeyIsAnUnauthenticatedFault() {
        GatewayFault fault = catchThrowableOfType(GatewayFault.class, () -> soapClient("khong-phai-khoa")
                .sendDocument(send(SamplePackages.validDocumentNumbered(4402))));

        assertThat(fault.getFaultInfo().getStatus()).isEqualTo(401);
        assertThat(fault.getFaultInfo().getType()).isEqualTo("urn:lienthong:problem:unauthenticated");
    }

    private static SendDocument send(byte[] bytes) {
        SendDocument request = new SendDocument();
        request.setPackage(bytes);
        return request;
    }
}
