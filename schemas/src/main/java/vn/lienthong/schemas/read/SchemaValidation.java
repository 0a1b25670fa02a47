package vn.lienthong.schemas.read;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import vn.lienthong.schemas.model.Violation;

/** Validates a DOM against edxml.xsd and words each schema error as a violation on the element concerned. */
final class SchemaValidation {

    static final String SCHEMA_RESOURCE = "/schemas/edxml.xsd";

    /** Past this many errors the rest are noise (usually one mistake repeated) and only cost time. */
    static final int MAX_REPORTED = 50;

    /** Xerces' handle on the element being validated when an error is reported during DOM validation. */
    private static final String CURRENT_ELEMENT = "http://apache.org/xml/properties/dom/current-element-node";

    private final Schema schema;
    private final String namespacePrefixInMessages;

    SchemaValidation(String namespace) {
        this.schema = compile();
        this.namespacePrefixInMessages = "\"" + namespace + "\":";
    }

    List<Violation> validate(Document document) {
        // Schema is thread-safe, a Validator is not: one per call.
        Validator validator = schema.newValidator();
        List<Violation> violations = new ArrayList<>();
        try {
            // Nothing an instance says (xsi:schemaLocation) may make the validator fetch anything.
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new Collector(validator, violations));
            validator.validate(new DOMSource(document));
        } catch (SAXException | IOException e) {
            if (violations.isEmpty()) {
                violations.add(new Violation(SecureDocumentParser.DOCUMENT, "xsd", String.valueOf(e.getMessage())));
            }
        }
        return violations;
    }

    private static Schema compile() {
        URL xsd = SchemaValidation.class.getResource(SCHEMA_RESOURCE);
        if (xsd == null) {
            throw new IllegalStateException("edXML schema missing from the classpath: " + SCHEMA_RESOURCE);
        }
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // Our own schema imports xlink.xsd beside it: from a directory, a jar, or a jar nested in the Spring Boot jar.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar,nested");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("edXML schema cannot be compiled", e);
        }
    }

    /** Collects errors instead of stopping at the first, so a sender sees everything wrong at once. */
    private final class Collector implements ErrorHandler {
        private final Validator validator;
        private final List<Violation> violations;

        Collector(Validator validator, List<Violation> violations) {
            this.validator = validator;
            this.violations = violations;
        }

        @Override
        public void warning(SAXParseException e) {
            // Schema warnings do not make a package invalid.
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            if (violations.size() >= MAX_REPORTED) {
                throw e;
            }
            violations.add(new Violation(currentElement(), "xsd", readable(e.getMessage())));
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            error(e);
            throw e;
        }

        private String currentElement() {
            try {
                return validator.getProperty(CURRENT_ELEMENT) instanceof Element element
                        ? ElementPath.of(element)
                        : SecureDocumentParser.DOCUMENT;
            } catch (SAXException e) {
                // Another JAXP implementation may not offer the property; the message still names the element.
                return SecureDocumentParser.DOCUMENT;
            }
        }
    }

    /** Drops the long namespace the parser repeats before every element name: {"ns":To} reads as {To}. */
    private String readable(String message) {
        return message == null ? "" : message.replace(namespacePrefixInMessages, "");
    }
}
