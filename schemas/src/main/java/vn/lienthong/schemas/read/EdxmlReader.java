package vn.lienthong.schemas.read;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import vn.lienthong.schemas.edxml.EdXml;
import vn.lienthong.schemas.model.PackageRejectedException;
import vn.lienthong.schemas.model.PackageShape;
import vn.lienthong.schemas.model.ParsedPackage;
import vn.lienthong.schemas.model.Violation;

/**
 * Turns the bytes of an untrusted edXML package into a {@link ParsedPackage}: hardened parse, the shapes real
 * producers write mapped onto the canonical model ({@link ProducerNormalizer}), schema validation, unmarshalling.
 * Safe for concurrent use; build one and share it.
 *
 * <p>The bytes themselves are never changed: whatever is stored or signature-checked is what was received.
 */
public final class EdxmlReader {

    /** The edXML namespace of QCVN 102:2016. */
    public static final String NAMESPACE = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    private static final String ROOT = "edXML";

    private final SecureDocumentParser parser = new SecureDocumentParser();
    private final ProducerNormalizer normalizer = new ProducerNormalizer(NAMESPACE);
    private final SchemaValidation schema = new SchemaValidation(NAMESPACE);
    private final JAXBContext jaxb;

    public EdxmlReader() {
        try {
            jaxb = JAXBContext.newInstance(EdXml.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("edXML JAXB context cannot be created", e);
        }
    }

    /**
     * Reads one package.
     *
     * @throws PackageRejectedException with rule {@code well-formed-xml}, {@code no-doctype}, {@code namespace},
     *                                  {@code root-element}, {@code single-header} or {@code xsd} violations when
     *                                  the bytes are not a readable edXML package
     */
    public ParsedPackage read(byte[] bytes) throws PackageRejectedException {
        return read(new ByteArrayInputStream(bytes), true);
    }

    /**
     * Reads one package from a stream without holding its attachment contents: they are checked as base64 as they
     * stream past (see {@link ParsedPackage#attachmentBase64Problem}) and are empty in the result's JAXB tree.
     * Memory stays within the size of the header and manifest, however large the attachments.
     *
     * @throws PackageRejectedException as {@link #read(byte[])}
     */
    public ParsedPackage readStreaming(InputStream in) throws PackageRejectedException {
        return read(in, false);
    }

    private ParsedPackage read(InputStream in, boolean keepAttachmentText) {
        SecureDocumentParser.Parsed parsed = parser.parse(in, keepAttachmentText);
        Document document = parsed.document();
        Element root = document.getDocumentElement();
        requireEdxmlRoot(root);
        PackageShape shape = normalizer.normalize(root);
        AttachmentTextShield shield = AttachmentTextShield.hide(root, NAMESPACE);
        List<Violation> violations = schema.validate(document);
        shield.restore();
        if (!violations.isEmpty()) {
            throw new PackageRejectedException(violations);
        }
        return new ParsedPackage(unmarshal(document), parsed.facts(), shape);
    }

    /**
     * A package in another namespace, or under another root (one builder of the eDoc integrator writes {@code edxml}),
     * gets one clear message instead of a schema error on every element.
     */
    private static void requireEdxmlRoot(Element root) {
        String name = root.getLocalName() != null ? root.getLocalName() : root.getTagName();
        if (!NAMESPACE.equals(root.getNamespaceURI())) {
            String found = root.getNamespaceURI() != null ? root.getNamespaceURI() : "(no namespace)";
            throw new PackageRejectedException(new Violation(name, "namespace " + NAMESPACE, found));
        }
        if (!ROOT.equals(name)) {
            throw new PackageRejectedException(new Violation(name, "root-element " + ROOT, name));
        }
    }

    private EdXml unmarshal(Document document) {
        try {
            // Unmarshallers are not thread-safe; the context is, and is the expensive part.
            return jaxb.createUnmarshaller().unmarshal(document, EdXml.class).getValue();
        } catch (JAXBException e) {
            throw new PackageRejectedException(new Violation(SecureDocumentParser.DOCUMENT, "xsd",
                    String.valueOf(e.getMessage() != null ? e.getMessage() : e.getLinkedException())));
        }
    }
}
