package vn.lienthong.gateway.support;

import java.util.Base64;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Raw SOAP 1.1 calls to the gateway's document service, for tests that read the fault code itself. */
public final class SoapRequests {

    private SoapRequests() {
    }

    /** {@code SendDocument} with the package base64-encoded, authenticated with {@code apiKey}; the answer as text. */
    public static ResponseEntity<String> sendDocument(TestRestTemplate http, byte[] edxmlPackage, String apiKey) {
        String envelope = """
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" \
                xmlns:d="urn:lienthong:soap:documents:1"><soap:Body><d:SendDocument><d:package>%s</d:package>\
                </d:SendDocument></soap:Body></soap:Envelope>""".formatted(Base64.getEncoder()
                .encodeToString(edxmlPackage));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.TEXT_XML);
        headers.set("SOAPAction", "\"urn:lienthong:soap:documents:1#SendDocument\"");
        headers.set("X-API-Key", apiKey);
        return http.exchange("/soap/documents", HttpMethod.POST, new HttpEntity<>(envelope, headers), String.class);
    }
}
