package vn.lienthong.signatures;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.apache.xml.security.Init;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Initialises Santuario once and parses untrusted package bytes with every door to the outside world closed. */
final class XmlSecurity {

    /**
     * One hardened builder per thread, reset before each parse: a new factory and builder for every package cost as
     * much as parsing a small one. A builder drops its document when a parse ends, so it holds on to no package.
     */
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(XmlSecurity::newBuilder);
    private static final int REUSED_BUILDER_LIMIT = 1024 * 1024;
    /** The identity transformer that writes a signature element out, likewise one per thread and kept as set up. */
    private static final ThreadLocal<Transformer> SERIALISERS = ThreadLocal.withInitial(XmlSecurity::newSerialiser);

    private XmlSecurity() {
    }

    /** Registers Santuario's algorithms; {@link Init#init()} is itself synchronized and returns at once when done. */
    static void init() {
        Init.init();
    }

    /** The namespace-aware DOM of {@code bytes}; a DOCTYPE, external entity or XInclude is refused. */
    static Document parse(byte[] bytes) throws SAXException, IOException {
        // A parser's buffers grow to the longest text it has read and stay that size: a builder kept per thread must
        // only ever see small packages, or each thread that once parsed a 50 MB one would hold its buffers for good.
        DocumentBuilder builder = bytes.length <= REUSED_BUILDER_LIMIT ? BUILDERS.get() : newBuilder();
        return parse(builder, new ByteArrayInputStream(bytes));
    }

    /** The same, read from a stream (not closed), for a package too large to hold as bytes beside its DOM. */
    static Document parse(InputStream in) throws SAXException, IOException {
        return parse(newBuilder(), in);
    }

    private static Document parse(DocumentBuilder builder, InputStream in) throws SAXException, IOException {
        builder.reset();
        // The default handler prints parse errors to stderr before throwing; this one only throws.
        builder.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(org.xml.sax.SAXParseException e) throws SAXException {
                throw e;
            }
        });
        return builder.parse(in);
    }

    /** An empty document, to build an element in before it is written as text. */
    static Document newDocument() {
        return newBuilder().newDocument();
    }

    /** {@code node} written as XML text, without a declaration and without any re-indentation. */
    static String toText(Node node) {
        try {
            StringWriter out = new StringWriter();
            SERIALISERS.get().transform(new DOMSource(node), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialise " + node.getNodeName(), e);
        }
    }

    private static Transformer newSerialiser() {
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            return transformer;
        } catch (javax.xml.transform.TransformerConfigurationException e) {
            throw new IllegalStateException("XML serialiser cannot be created", e);
        }
    }

    private static DocumentBuilder newBuilder() {
        // A fresh factory per call (factories are not thread-safe), but the JDK's own: newInstance() would search
        // the classpath for providers on every call, which profiling showed to cost more than the parse itself.
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        try {
            // Refusing the DOCTYPE rules out XXE, external DTDs and entity expansion bombs in one stroke.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // A deferred DOM keeps its text in a pool and copies it again into nodes as they are visited: with a
            // 50 MB attachment that is two extra copies. Building the nodes at once keeps one.
            factory.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be hardened", e);
        }
    }
}
