package vn.lienthong.signatures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Names of the edXML elements a signature is tied to, and the one place a signature may live. */
final class EdxmlNames {

    static final String NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    static final String DSIG_NS = "http://www.w3.org/2000/09/xmldsig#";
    static final String SIGNATURE = "Signature";

    private EdxmlNames() {
    }

    /** The edXML/edXMLEnvelope/edXMLHeader element, when the package has exactly that path. */
    static Optional<Element> header(Document document) {
        Element root = document.getDocumentElement();
        if (root == null || !isEdxml(root, "edXML")) {
            return Optional.empty();
        }
        List<Element> envelopes = children(root, "edXMLEnvelope");
        if (envelopes.size() != 1) {
            return Optional.empty();
        }
        List<Element> headers = children(envelopes.get(0), "edXMLHeader");
        return headers.size() == 1 ? Optional.of(headers.get(0)) : Optional.empty();
    }

    /** Whether {@code element} is the edXML element with this local name. */
    static boolean isEdxml(Node node, String localName) {
        return node instanceof Element && NS.equals(node.getNamespaceURI()) && localName.equals(node.getLocalName());
    }

    /** Child elements of {@code parent} in the XML-DSig namespace with this local name. */
    static List<Element> dsigChildren(Element parent, String localName) {
        return childrenIn(parent, DSIG_NS, localName);
    }

    /** How many elements named Signature in no namespace the document holds anywhere (Bkav's legacy block). */
    static int unqualifiedSignatures(Document document) {
        NodeList all = document.getElementsByTagNameNS("*", SIGNATURE);
        int count = 0;
        for (int i = 0; i < all.getLength(); i++) {
            if (all.item(i).getNamespaceURI() == null) {
                count++;
            }
        }
        return count;
    }

    /** A readable path such as {@code edXML/edXMLEnvelope/edXMLBody} for the element, for error messages. */
    static String pathOf(Node node) {
        StringBuilder path = new StringBuilder();
        for (Node at = node; at instanceof Element; at = at.getParentNode()) {
            path.insert(0, (path.length() == 0 ? "" : "/")).insert(0, at.getLocalName());
        }
        return path.toString();
    }

    private static List<Element> children(Element parent, String localName) {
        return childrenIn(parent, NS, localName);
    }

    private static List<Element> childrenIn(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element && namespace.equals(child.getNamespaceURI())
                    && localName.equals(child.getLocalName())) {
                found.add((Element) child);
            }
        }
        return found;
    }
}
