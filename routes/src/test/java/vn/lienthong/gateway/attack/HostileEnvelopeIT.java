package vn.lienthong.gateway.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.Footprint;
import vn.lienthong.gateway.support.LargeBodies;
import vn.lienthong.gateway.support.LoopbackTrap;
import vn.lienthong.gateway.support.Refusal;
import vn.lienthong.gateway.support.SoapEnvelopes;

/**
 * Attacks on what carries the package rather than on the package: hostile XML in the SOAP envelope itself, and
 * bodies over {@code lienthong.intake.max-package-size} (50 MB) on both channels, streamed as they are generated.
 */
class HostileEnvelopeIT extends AttackIT {

    private static final long SIXTY_MB = 60L * 1024 * 1024;
    private static final LoopbackTrap ENTITY_SERVER = LoopbackTrap.start();
    /** Base64 of an XML declaration: a package too short to matter, the attack is around it. */
    private static final String PACKAGE_TEXT = "PD94bWwgdmVyc2lvbj0iMS4wIj8+";

    static Stream<Arguments> hostileEnvelopes() {
        String body = "<d:SendDocument><d:package>&xxe;</d:package></d:SendDocument>";
        return Stream.of(
                Arguments.of("external file entity in the envelope", "<!DOCTYPE soap:Envelope [<!ENTITY xxe SYSTEM "
                        + "\"file:///etc/passwd\">]>" + SoapEnvelopes.envelopeAround(body), "no-doctype"),
                Arguments.of("network entity in the envelope", "<!DOCTYPE soap:Envelope [<!ENTITY xxe SYSTEM \""
                        + ENTITY_SERVER.url() + "/soap\">]>" + SoapEnvelopes.envelopeAround(body), "no-doctype"),
                Arguments.of("billion laughs in the envelope", "<!DOCTYPE soap:Envelope [<!ENTITY a \"ha\">"
                        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY xxe \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                        + SoapEnvelopes.envelopeAround(body), "no-doctype"),
                Arguments.of("10 000 nested elements in the envelope's header", SoapEnvelopes.envelopeAround(
                        "<d:SendDocument><d:package>" + PACKAGE_TEXT + "</d:package></d:SendDocument>").replace(
                        "<soap:Body>", "<soap:Header>" + "<d:x>".repeat(10_000) + "</d:x>".repeat(10_000)
                                + "</soap:Header><soap:Body>"), "max-element-depth"),
                Arguments.of("an envelope that is not well-formed", SoapEnvelopes.envelopeAround(
                        "<d:SendDocument><d:package>" + PACKAGE_TEXT + "</d:SendDocument>"), "well-formed-xml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileEnvelopes")
    void hostileXmlInTheEnvelopeIsAClientFault(String name, String envelope, String rule) {
        Footprint before = footprint();

        Refusal refusal = Refusal.ofSoapFault(http.exchange("/soap/documents", HttpMethod.POST,
                new HttpEntity<>(envelope.getBytes(StandardCharsets.UTF_8),
                        SoapEnvelopes.headers("SendDocument", ConnectorFiles.DEPARTMENT_KEY)), String.class));

        assertRefused(refusal, PartnerChannel.SOAP, 400, "(envelope)", rule, "");
        assertThat(footprint()).isEqualTo(before);
        assertThat(ENTITY_SERVER.requested()).isEmpty();
    }

    @Test
    void aPackageElementThatIsNotBase64IsRefused() {
        Footprint before = footprint();

        Refusal refusal = Refusal.ofSoapFault(http.exchange("/soap/documents", HttpMethod.POST,
                new HttpEntity<>(SoapEnvelopes.sendText("SendDocument", "đây không phải base64!"),
                        SoapEnvelopes.headers("SendDocument", ConnectorFiles.DEPARTMENT_KEY)), String.class));

        assertRefused(refusal, PartnerChannel.SOAP, 400, "(envelope)", "wsdl-schema", "Unmarshalling Error");
        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void aSixtyMegabytePackageOverRestIsTooLarge() throws Exception {
        assertTooLarge("/api/v1/documents", "application/xml", LargeBodies.edxmlPackage(8850, SIXTY_MB), true);
    }

    @Test
    void aSixtyMegabytePackageOverRestWithoutALengthIsTooLarge() throws Exception {
        assertTooLarge("/api/v1/documents", "application/xml", LargeBodies.edxmlPackage(8851, SIXTY_MB), false);
    }

    @Test
    void aSixtyMegabytePackageOverSoapIsTooLarge() throws Exception {
        assertTooLarge("/soap/documents", "text/xml; charset=UTF-8",
                LargeBodies.soapSendDocument(8852, SIXTY_MB), true);
    }

    @Test
    void aSixtyMegabytePackageOverSoapWithoutALengthIsTooLarge() throws Exception {
        assertTooLarge("/soap/documents", "text/xml; charset=UTF-8",
                LargeBodies.soapSendDocument(8853, SIXTY_MB), false);
    }

    private void assertTooLarge(String path, String contentType, LargeBodies.Body body, boolean announceLength)
            throws IOException, InterruptedException {
        Footprint before = footprint();

        HttpResponse<String> response = send(path, contentType, body, announceLength);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE.value());
        assertThat(response.body()).contains("max-package-size", "package-too-large");
        if (response.body().startsWith("<")) {
            assertThat(response.body()).contains(":Client</faultcode>");
        }
        assertThat(footprint()).isEqualTo(before);
    }

    /** Streams the body as it is generated; with {@code announceLength} false it goes chunked. */
    private HttpResponse<String> send(String path, String contentType, LargeBodies.Body body, boolean announceLength)
            throws IOException, InterruptedException {
        HttpRequest.BodyPublisher stream = HttpRequest.BodyPublishers.ofInputStream(body::stream);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", contentType)
                .header("X-API-Key", ConnectorFiles.DEPARTMENT_KEY)
                .header("SOAPAction", "\"" + SoapEnvelopes.NAMESPACE + "#SendDocument\"")
                .POST(announceLength ? HttpRequest.BodyPublishers.fromPublisher(stream, body.length()) : stream)
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
