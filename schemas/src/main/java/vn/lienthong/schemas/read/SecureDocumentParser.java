package vn.lienthong.schemas.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import vn.lienthong.schemas.model.PackageRejectedException;
import vn.lienthong.schemas.model.Violation;

/** Parses untrusted bytes into a namespace-aware DOM with every door to the outside world closed. */
final class SecureDocumentParser {

    static final String DOCUMENT = "(document)";

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private final DocumentBuilderFactory factory;
    private final ThreadLocal<DocumentBuilder> builders = ThreadLocal.withInitial(this::createBuilder);

    SecureDocumentParser() {
        factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        try {
            // Refusing the DOCTYPE outright rules out XXE, external DTDs and entity bombs in one stroke;
            // the other settings are belt and braces should that feature ever be ignored.
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // A deferred DOM keeps its text in a pool and copies it again into nodes as they are visited:
            // with a 50 MB attachment that is two extra copies. Building the nodes at once keeps one.
            factory.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be hardened", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    }

    /** The DOM of {@code bytes}, or a rejection naming the well-formedness or DOCTYPE problem. */
    Document parse(byte[] bytes) {
        try {
            return newBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            throw new PackageRejectedException(new Violation(DOCUMENT, ruleFor(e), describe(e)));
        } catch (SAXException | IOException e) {
            throw new PackageRejectedException(new Violation(DOCUMENT, "well-formed-xml", String.valueOf(e.getMessage())));
        }
    }

    private DocumentBuilder newBuilder() {
        // One builder per thread, reset before each parse: under load, building one per call behind the factory's
        // lock made intake threads queue for it. A builder drops its document when a parse ends.
        DocumentBuilder builder = builders.get();
        builder.reset();
        builder.setErrorHandler(RETHROW);
        return builder;
    }

    private DocumentBuilder createBuilder() {
        // The factory is not specified as thread-safe; each thread creates its builder once.
        synchronized (factory) {
            try {
                return factory.newDocumentBuilder();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException("XML parser cannot be created", e);
            }
        }
    }

    private static String ruleFor(SAXParseException e) {
        // The parser reports a refused DOCTYPE as a fatal error; its message names the DOCTYPE or the feature.
        String message = String.valueOf(e.getMessage());
        return message.contains("DOCTYPE") || message.contains(DISALLOW_DOCTYPE) ? "no-doctype" : "well-formed-xml";
    }

    static String describe(SAXParseException e) {
        return "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage();
    }

    /** Fails on the first error and keeps the parser from printing to stderr. */
    private static final ErrorHandler RETHROW = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // Warnings do not make a package unreadable.
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
