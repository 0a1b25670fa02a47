package vn.lienthong.gateway.attack;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import vn.lienthong.gateway.support.Refusal;
import vn.lienthong.gateway.support.SoapEnvelopes;

/** The two ways a partner pushes a package in, each reading the gateway's answer into one {@link Refusal}. */
enum PartnerChannel {

    REST {
        @Override
        Refusal send(TestRestTemplate http, PackageKind kind, byte[] packageBytes, String apiKey) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_XML);
            headers.set("X-API-Key", apiKey);
            String path = kind == PackageKind.DOCUMENT ? "/api/v1/documents" : "/api/v1/statuses";
            return Refusal.ofProblem(http.exchange(path, HttpMethod.POST, new HttpEntity<>(packageBytes, headers),
                    String.class));
        }
    },

    SOAP {
        @Override
        Refusal send(TestRestTemplate http, PackageKind kind, byte[] packageBytes, String apiKey) {
            String operation = kind == PackageKind.DOCUMENT ? "SendDocument" : "SendStatus";
            return Refusal.ofSoapFault(http.exchange("/soap/documents", HttpMethod.POST,
                    new HttpEntity<>(SoapEnvelopes.send(operation, packageBytes),
                            SoapEnvelopes.headers(operation, apiKey)), String.class));
        }
    };

    /** Which intake operation a package goes to. */
    enum PackageKind { DOCUMENT, STATUS }

    abstract Refusal send(TestRestTemplate http, PackageKind kind, byte[] packageBytes, String apiKey);
}
