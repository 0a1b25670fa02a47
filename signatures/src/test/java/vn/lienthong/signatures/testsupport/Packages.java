package vn.lienthong.signatures.testsupport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Test fixtures: the sample edXML packages, and DOM round trips for tests that tamper with a signed package. */
public final class Packages {

    public static final String EDXML_NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    public static final String DSIG_NS = "http://www.w3.org/2000/09/xmldsig#";

    private Packages() {
    }

    /** The bytes of {@code /packages/{name}} on the test classpath. */
    public static byte[] resource(String name) {
        try (InputStream in = Packages.class.getResourceAsStream("/packages/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test package " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The new-document sample with Vietnamese content and an inline attachment. */
    public static byte[] newDocument() {
        return resource("valid-new-document.xml");
    }

    /** The package parsed into a namespace-aware DOM (test input is trusted, so no hardening here). */
    public static Document parse(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document written back as UTF-8 bytes with a declaration. */
    public static byte[] serialize(Document document) {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The only element with this namespace and local name. */
    public static Element only(Document document, String namespace, String localName) {
        if (document.getElementsByTagNameNS(namespace, localName).getLength() != 1) {
            throw new IllegalStateException("expected one " + localName);
        }
        return (Element) document.getElementsByTagNameNS(namespace, localName).item(0);
    }

    /** The package text with the first occurrence of {@code from} replaced, failing when it is absent. */
    public static byte[] replaceFirst(byte[] bytes, String from, String to) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int at = text.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException("package does not contain " + from);
        }
        return (text.substring(0, at) + to + text.substring(at + from.length())).getBytes(StandardCharsets.UTF_8);
    }
}
