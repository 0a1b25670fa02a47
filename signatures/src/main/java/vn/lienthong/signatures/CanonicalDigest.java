package vn.lienthong.signatures;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.stax.ext.Transformer;
import org.apache.xml.security.stax.ext.stax.XMLSecEvent;
import org.apache.xml.security.stax.ext.stax.XMLSecEventFactory;
import org.apache.xml.security.stax.ext.stax.XMLSecStartElement;
import org.apache.xml.security.stax.impl.transformer.canonicalizer.Canonicalizer20010315_ExclOmitCommentsTransformer;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;

/**
 * Reads a package once, as a stream, for signing it: the SHA-256 of its exclusive canonical form (what an enveloped
 * signature over the whole document digests), the path to its edXMLHeader, and the refusals of the signer.
 *
 * <p>Santuario's streaming canonicaliser is fed text segment by segment, so a 50 MB attachment is never held as one
 * string, let alone as a DOM.
 */
final class CanonicalDigest {

    /** What one reading gave: the digest, and the qualified names from the root down to edXMLHeader. */
    record Result(byte[] sha256, List<String> headerPath) {
    }

    private static final XMLInputFactory FACTORY = hardenedFactory();

    private CanonicalDigest() {
    }

    /**
     * Digests {@code in} (not closed).
     *
     * @throws SigningException when the package is not well-formed, not UTF-8, already signed, has a DOCTYPE, or has
     *     no single edXML/edXMLEnvelope/edXMLHeader
     */
    static Result of(InputStream in) {
        MessageDigest sha256 = sha256();
        HeaderPath header = new HeaderPath();
        XMLStreamReader reader = null;
        try (OutputStream digest = new DigestOutputStream(OutputStream.nullOutputStream(), sha256)) {
            reader = FACTORY.createXMLStreamReader(in);
            requireUtf8(reader);
            Transformer canonical = new Canonicalizer20010315_ExclOmitCommentsTransformer();
            canonical.setProperties(Map.of());
            canonical.setOutputStream(digest);
            XMLSecStartElement parent = null;
            canonical.transform(XMLSecEventFactory.allocate(reader, null));
            while (reader.hasNext()) {
                int type = reader.next();
                if (type == XMLStreamConstants.DTD) {
                    throw new SigningException("package is not well-formed XML: a DOCTYPE is not allowed");
                }
                if (type == XMLStreamConstants.START_ELEMENT) {
                    refuseSignature(reader);
                    header.enter(reader);
                }
                XMLSecEvent event = XMLSecEventFactory.allocate(reader, parent);
                canonical.transform(event);
                if (type == XMLStreamConstants.START_ELEMENT) {
                    parent = event.asStartElement();
                } else if (type == XMLStreamConstants.END_ELEMENT) {
                    header.leave();
                    parent = parent.getParentXMLSecStartElement();
                }
            }
            canonical.doFinal();
        } catch (XMLStreamException e) {
            throw new SigningException("package is not well-formed XML: " + e.getMessage(), e);
        } catch (XMLSecurityException | IOException e) {
            throw new SigningException("cannot canonicalise the package: " + e.getMessage(), e);
        } finally {
            close(reader);
        }
        return new Result(sha256.digest(), header.path());
    }

    private static void requireUtf8(XMLStreamReader reader) {
        String encoding = reader.getEncoding() != null ? reader.getEncoding() : reader.getCharacterEncodingScheme();
        if (encoding != null && !"UTF-8".equalsIgnoreCase(encoding)) {
            throw new SigningException("package is encoded as " + encoding + "; only UTF-8 is signed");
        }
    }

    /** The one-signature rule: an XML-DSig, edXML or unqualified Signature anywhere means the package is signed. */
    private static void refuseSignature(XMLStreamReader reader) {
        if (!EdxmlNames.SIGNATURE.equals(reader.getLocalName())) {
            return;
        }
        String namespace = reader.getNamespaceURI();
        if (namespace == null || namespace.isEmpty() || EdxmlNames.DSIG_NS.equals(namespace)
                || EdxmlNames.NS.equals(namespace)) {
            // A second signature would make the package unverifiable under the one-signature rule, so the caller
            // must decide explicitly to strip the old one.
            throw new SigningException("package already carries a Signature element; remove it before signing again");
        }
    }

    /** Follows the first three levels of elements to find the single edXML/edXMLEnvelope/edXMLHeader. */
    private static final class HeaderPath {

        private static final String[] NAMES = {"edXML", "edXMLEnvelope", "edXMLHeader"};

        private final List<String> qualifiedNames = new ArrayList<>();
        /** How many elements of the expected name were seen at each of the three levels, under the path so far. */
        private final int[] seen = new int[NAMES.length];
        private int depth;
        /** The depth down to which the open elements are all on the path. */
        private int onPath;

        void enter(XMLStreamReader reader) {
            depth++;
            if (depth <= NAMES.length && onPath == depth - 1 && EdxmlNames.NS.equals(reader.getNamespaceURI())
                    && NAMES[depth - 1].equals(reader.getLocalName())) {
                seen[depth - 1]++;
                onPath = depth;
                if (seen[depth - 1] == 1) {
                    String prefix = reader.getPrefix();
                    qualifiedNames.add(prefix == null || prefix.isEmpty() ? reader.getLocalName()
                            : prefix + ":" + reader.getLocalName());
                }
            }
        }

        void leave() {
            if (onPath == depth) {
                onPath--;
            }
            depth--;
        }

        List<String> path() {
            for (int count : seen) {
                if (count != 1) {
                    throw new SigningException(
                            "package has no single edXML/edXMLEnvelope/edXMLHeader to carry the signature");
                }
            }
            return List.copyOf(qualifiedNames);
        }
    }

    private static XMLInputFactory hardenedFactory() {
        WstxInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        // No DTD is processed and no entity is fetched; a DOCTYPE is refused above.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // Text in segments of the input buffer: the canonicaliser digests each as it comes.
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(WstxInputProperties.P_MIN_TEXT_SEGMENT, 64);
        return factory;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static void close(XMLStreamReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // Closing frees the parser's buffers only; the input stream is the caller's.
        }
    }
}
