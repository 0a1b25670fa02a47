package vn.lienthong.gateway.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import org.springframework.http.ResponseEntity;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What the gateway answered to a request it should refuse, read the same way from REST's problem+json and from a
 * SOAP fault, so one assertion covers both.
 *
 * @param httpStatus the HTTP status of the answer
 * @param faultCode  the SOAP fault code's local name ({@code Client}, {@code Sender}, {@code Server}); null on REST
 * @param type       the problem type, e.g. {@code urn:lienthong:problem:invalid-package}
 * @param status     the status the problem itself states
 * @param detail     the problem's one-line detail
 * @param violations each broken rule: element, rule and value
 * @param body       the raw answer, for failure messages
 */
public record Refusal(int httpStatus, String faultCode, String type, int status, String detail,
                      List<Violation> violations, String body) {

    /** One broken rule as the gateway reports it. */
    public record Violation(String element, String rule, String value) {
    }

    private static final String SOAP_NS = "urn:lienthong:soap:documents:1";
    private static final Configuration LENIENT = Configuration.defaultConfiguration()
            .addOptions(Option.SUPPRESS_EXCEPTIONS);

    /** Reads a REST answer; a body that is not problem+json leaves the problem fields empty. */
    public static Refusal ofProblem(ResponseEntity<String> response) {
        String body = response.getBody() == null ? "" : response.getBody();
        int http = response.getStatusCode().value();
        if (!body.startsWith("{")) {
            return new Refusal(http, null, null, 0, null, List.of(), body);
        }
        DocumentContext json = JsonPath.using(LENIENT).parse(body);
        List<Violation> violations = new ArrayList<>();
        List<Map<String, String>> found = json.read("$.violations[*]");
        if (found != null) {
            found.forEach(v -> violations.add(new Violation(v.get("element"), v.get("rule"), v.get("value"))));
        }
        Integer status = json.read("$.status");
        return new Refusal(http, null, json.read("$.type"), status == null ? 0 : status, json.read("$.detail"),
                violations, body);
    }

    /** Reads a SOAP answer: the fault code, and the GatewayProblem detail when there is one. */
    public static Refusal ofSoapFault(ResponseEntity<String> response) {
        String body = response.getBody() == null ? "" : response.getBody();
        int http = response.getStatusCode().value();
        Document fault;
        try {
            fault = parse(body);
        } catch (SAXException | IOException e) {
            return new Refusal(http, null, null, 0, null, List.of(), body);
        }
        String code = text(fault, "", "faultcode");
        if (code == null) {
            code = text(fault, "http://www.w3.org/2003/05/soap-envelope", "Value");
        }
        String localCode = code == null ? null : code.substring(code.indexOf(':') + 1);
        List<Violation> violations = new ArrayList<>();
        NodeList found = fault.getElementsByTagNameNS(SOAP_NS, "violation");
        for (int i = 0; i < found.getLength(); i++) {
            Element v = (Element) found.item(i);
            violations.add(new Violation(text(v, "element"), text(v, "rule"), text(v, "value")));
        }
        String status = text(fault, SOAP_NS, "status");
        return new Refusal(http, localCode, text(fault, SOAP_NS, "type"), status == null ? 0 : Integer.parseInt(status),
                text(fault, SOAP_NS, "detail"), violations, body);
    }

    private static Document parse(String body) throws SAXException, IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Document document, String namespace, String name) {
        NodeList found = namespace.isEmpty() ? document.getElementsByTagName(name)
                : document.getElementsByTagNameNS(namespace, name);
        return found.getLength() == 0 ? null : found.item(0).getTextContent();
    }

    private static String text(Element parent, String name) {
        NodeList found = parent.getElementsByTagNameNS(SOAP_NS, name);
        return found.getLength() == 0 ? null : found.item(0).getTextContent();
    }
}
