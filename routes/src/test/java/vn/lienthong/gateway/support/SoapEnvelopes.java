package vn.lienthong.gateway.support;

import java.util.Base64;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Raw SOAP 1.1 requests to the document service, for tests that must see the HTTP status and the bytes of a fault. */
public final class SoapEnvelopes {

    public static final String NAMESPACE = "urn:lienthong:soap:documents:1";

    private SoapEnvelopes() {
    }

    /** A {@code SendDocument} or {@code SendStatus} request carrying {@code packageBytes} as base64Binary. */
    public static String send(String operation, byte[] packageBytes) {
        return sendText(operation, Base64.getEncoder().encodeToString(packageBytes));
    }

    /** The same with {@code packageText} written into the package element as is. */
    public static String sendText(String operation, String packageText) {
        return envelopeAround("<d:" + operation + "><d:package>" + packageText + "</d:package></d:" + operation + ">");
    }

    /** A SOAP 1.1 envelope whose body holds {@code bodyContent}, in the document service's namespace as {@code d}. */
    public static String envelopeAround(String bodyContent) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:d=\"" + NAMESPACE
                + "\"><soap:Body>" + bodyContent + "</soap:Body></soap:Envelope>";
    }

    /** The headers of a call to {@code operation} by the partner holding {@code apiKey}. */
    public static HttpHeaders headers(String operation, String apiKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8));
        headers.set("SOAPAction", "\"" + NAMESPACE + "#" + operation + "\"");
        headers.set("X-API-Key", apiKey);
        return headers;
    }
}
