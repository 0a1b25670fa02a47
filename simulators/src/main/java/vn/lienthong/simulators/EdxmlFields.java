package vn.lienthong.simulators;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The few header fields a simulated clerk needs from a received package (a document's MessageHeader, or a status's
 * Status or legacy MessageHeader), read with the JDK alone so that the simulators run from their own jar with nothing
 * else on the class path.
 */
public record EdxmlFields(String senderId, String codeNumber, String codeNotation, String promulgationDate,
                          String documentId, String subject, String statusCode, String description,
                          String responseForDocumentId) {

    /** Whether this is a status package (it carries a StatusCode) rather than a document. */
    public boolean isStatus() {
        return statusCode != null;
    }

    /** The document's number as written on it, e.g. {@code 12/CV-SGDĐT}. */
    public String documentNumber() {
        return codeNumber + "/" + codeNotation;
    }

    /** Reads the fields; throws when the bytes are not an edXML package at all. */
    public static EdxmlFields read(byte[] xml) {
        Element header = messageHeader(xml);
        String sender = text(header, "From", "OrganId");
        String number = text(header, "Code", "CodeNumber");
        String notation = text(header, "Code", "CodeNotation");
        String date = text(header, "PromulgationInfo", "PromulgationDate");
        // Same fallback as the gateway: a document without DocumentId is identified by sender, date and number.
        String documentId = Optional.ofNullable(text(header, "DocumentId"))
                .orElse(sender + "," + date + "," + number + "/" + notation);
        return new EdxmlFields(sender, number, notation, date, documentId, text(header, "Subject"),
                text(header, "StatusCode"), text(header, "Description"), text(header, "ResponseFor", "DocumentId"));
    }

    private static Element messageHeader(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
            Element header = child(child(root, "edXMLEnvelope"), "edXMLHeader");
            return Optional.ofNullable(child(header, "MessageHeader"))
                    .or(() -> Optional.ofNullable(child(header, "Status")))
                    .orElseThrow(() -> new IllegalArgumentException("no edXML MessageHeader or Status"));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("not an edXML package: " + e.getMessage(), e);
        }
    }

    private static String text(Element parent, String... path) {
        Element element = parent;
        for (String name : path) {
            element = child(element, name);
        }
        return element == null || element.getTextContent().isBlank() ? null : element.getTextContent().strip();
    }

    private static Element child(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }
}
