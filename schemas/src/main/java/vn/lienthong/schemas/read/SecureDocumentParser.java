package vn.lienthong.schemas.read;

import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.ErrorListener;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.sax.SAXSource;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

import vn.lienthong.schemas.model.PackageRejectedException;
import vn.lienthong.schemas.model.StreamedFacts;
import vn.lienthong.schemas.model.Violation;

/**
 * Parses an untrusted stream into a namespace-aware DOM with every door to the outside world closed. The stream is
 * read by a SAX parser and the DOM built from its events, so attachment contents can be checked on the way and
 * left out (see {@link AttachmentTextDiverter}).
 */
final class SecureDocumentParser {

    static final String DOCUMENT = "(document)";
    /** Far deeper than any edXML package goes (about eight levels with a signature), far shallower than a bomb. */
    static final int MAX_ELEMENT_DEPTH = 100;
    static final String DEPTH_RULE = "max-element-depth " + MAX_ELEMENT_DEPTH;
    static final String ENCODING_RULE = "encoding UTF-8 or UTF-16";

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final String JDK_MAX_ELEMENT_DEPTH = "jdk.xml.maxElementDepth";
    /** The XML declaration is the first thing in a document and short (a UTF-8 byte order mark may precede it). */
    private static final int DECLARATION_WINDOW = 259;

    /** The DOM and what was learnt of the text left out of it. */
    record Parsed(Document document, StreamedFacts facts) {
    }

    private final SAXParserFactory parsers;
    private final TransformerFactory transformers;

    SecureDocumentParser() {
        parsers = SAXParserFactory.newDefaultInstance();
        parsers.setNamespaceAware(true);
        parsers.setValidating(false);
        parsers.setXIncludeAware(false);
        try {
            // Refusing the DOCTYPE outright rules out XXE, external DTDs and entity bombs in one stroke;
            // the other settings are belt and braces should that feature ever be ignored.
            parsers.setFeature(DISALLOW_DOCTYPE, true);
            parsers.setFeature("http://xml.org/sax/features/external-general-entities", false);
            parsers.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            parsers.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            parsers.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("XML parser cannot be hardened", e);
        }
        transformers = TransformerFactory.newDefaultInstance();
        try {
            transformers.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (TransformerConfigurationException e) {
            throw new IllegalStateException("XML transformer cannot be hardened", e);
        }
        transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
    }

    /**
     * The DOM of {@code in}, with attachment contents kept or left out, or a rejection naming the well-formedness
     * or DOCTYPE problem.
     */
    Parsed parse(InputStream in, boolean keepAttachmentText) {
        AttachmentTextDiverter diverter = new AttachmentTextDiverter(newReader(), EdxmlReader.NAMESPACE,
                keepAttachmentText);
        DOMResult result = new DOMResult();
        try {
            InputStream checked = requireUnicode(in);
            newIdentity().transform(new SAXSource(diverter, new InputSource(checked)), result);
        } catch (IOException e) {
            throw new PackageRejectedException(new Violation(DOCUMENT, "well-formed-xml", String.valueOf(e.getMessage())));
        } catch (TransformerException e) {
            throw rejection(e);
        }
        return new Parsed((Document) result.getNode(), diverter.facts());
    }

    /** Refuses a declaration naming a non-Unicode encoding before the parser honours it; the stream is unchanged. */
    private static InputStream requireUnicode(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(DECLARATION_WINDOW);
        DeclaredEncoding.requireUnicode(buffered.readNBytes(DECLARATION_WINDOW));
        buffered.reset();
        return buffered;
    }

    private XMLReader newReader() {
        // The factory is not specified as thread-safe; readers are cheap and used by one call only.
        synchronized (parsers) {
            try {
                XMLReader reader = parsers.newSAXParser().getXMLReader();
                reader.setErrorHandler(RETHROW);
                // Nesting without end costs the parser nothing, but every later DOM walk (schema, JAXB, signature) more.
                reader.setProperty(JDK_MAX_ELEMENT_DEPTH, MAX_ELEMENT_DEPTH);
                return reader;
            } catch (ParserConfigurationException | SAXException e) {
                throw new IllegalStateException("XML parser cannot be created", e);
            }
        }
    }

    private Transformer newIdentity() {
        synchronized (transformers) {
            try {
                Transformer identity = transformers.newTransformer();
                identity.setErrorListener(RETHROW_TRANSFORMER);
                return identity;
            } catch (TransformerConfigurationException e) {
                throw new IllegalStateException("XML transformer cannot be created", e);
            }
        }
    }

    /** The parser's own exception, wherever the transformer wrapped it, worded as before. */
    private static PackageRejectedException rejection(TransformerException e) {
        for (Throwable cause = e; cause != null; cause = next(cause)) {
            if (cause instanceof SAXParseException parse) {
                return new PackageRejectedException(new Violation(DOCUMENT, ruleFor(parse), describe(parse)));
            }
            if (cause instanceof CharConversionException) {
                return new PackageRejectedException(new Violation(DOCUMENT, ENCODING_RULE,
                        String.valueOf(cause.getMessage())));
            }
            if (cause instanceof SAXException || cause instanceof IOException) {
                return new PackageRejectedException(new Violation(DOCUMENT, "well-formed-xml",
                        String.valueOf(cause.getMessage())));
            }
        }
        return new PackageRejectedException(new Violation(DOCUMENT, "well-formed-xml", String.valueOf(e.getMessage())));
    }

    private static Throwable next(Throwable t) {
        if (t instanceof TransformerException te && te.getException() != null && te.getException() != t) {
            return te.getException();
        }
        if (t instanceof SAXException se && se.getException() != null && se.getException() != t) {
            return se.getException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static String ruleFor(SAXParseException e) {
        // The parser reports a refused DOCTYPE, a limit or a bad byte as a fatal error; its message tells which.
        String message = String.valueOf(e.getMessage());
        if (message.contains("DOCTYPE") || message.contains(DISALLOW_DOCTYPE)) {
            return "no-doctype";
        }
        if (message.contains("maxElementDepth")) {
            return DEPTH_RULE;
        }
        if (e.getException() instanceof CharConversionException) {
            return ENCODING_RULE;
        }
        return "well-formed-xml";
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

    /** The transformer's twin of {@link #RETHROW}: its default listener prints to stderr. */
    private static final ErrorListener RETHROW_TRANSFORMER = new ErrorListener() {
        @Override
        public void warning(TransformerException e) {
            // Warnings do not make a package unreadable.
        }

        @Override
        public void error(TransformerException e) throws TransformerException {
            throw e;
        }

        @Override
        public void fatalError(TransformerException e) throws TransformerException {
            throw e;
        }
    };
}
