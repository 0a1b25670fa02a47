package vn.lienthong.schemas.read;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Child-element lookups on the reader's DOM, which has no schema-aware navigation of its own. */
final class DomChildren {

    private DomChildren() {
    }

    /** Every element child of {@code parent}, in document order. */
    static List<Element> all(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    /** The element children of {@code parent} with this namespace and local name, in document order. */
    static List<Element> named(Element parent, String namespace, String localName) {
        return all(parent).stream()
                .filter(e -> localName.equals(e.getLocalName()) && namespace.equals(e.getNamespaceURI()))
                .toList();
    }
}
