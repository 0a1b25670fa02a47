package vn.lienthong.schemas.read;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Names a DOM element the way violations do: from the first meaningful container
 * ({@code MessageHeader/To[2]/OrganId}, {@code AttachmentEncoded/Attachment[1]/AttachmentName}).
 */
final class ElementPath {

    /** Wrappers every package has, dropped from the front of a path because they tell the reader nothing. */
    private static final List<String> WRAPPERS = List.of("edXML", "edXMLEnvelope", "edXMLHeader");

    /** Elements that may repeat get an index even when alone, so paths match those of the business rules. */
    private static final Set<String> REPEATABLE = Set.of(
            "To", "ResponseFor", "TraceHeader", "Reference", "Attachment", "Appendix");

    private ElementPath() {
    }

    static String of(Element element) {
        Deque<String> segments = new ArrayDeque<>();
        for (Node n = element; n instanceof Element e; n = e.getParentNode()) {
            segments.addFirst(segment(e));
        }
        for (String wrapper : WRAPPERS) {
            if (segments.size() > 1 && segments.peekFirst().equals(wrapper)) {
                segments.removeFirst();
            }
        }
        return String.join("/", segments);
    }

    private static String segment(Element element) {
        String name = element.getLocalName();
        int position = 1;
        int sameNamed = 1;
        for (Node n = element.getPreviousSibling(); n != null; n = n.getPreviousSibling()) {
            if (sameName(n, element)) {
                position++;
                sameNamed++;
            }
        }
        for (Node n = element.getNextSibling(); n != null; n = n.getNextSibling()) {
            if (sameName(n, element)) {
                sameNamed++;
            }
        }
        return sameNamed > 1 || isRepeatable(element) ? name + "[" + position + "]" : name;
    }

    private static boolean isRepeatable(Element element) {
        String name = element.getLocalName();
        return REPEATABLE.contains(name)
                || "Place".equals(name) && element.getParentNode() instanceof Element parent
                        && "ToPlaces".equals(parent.getLocalName());
    }

    private static boolean sameName(Node node, Element element) {
        return node instanceof Element other && other.getLocalName().equals(element.getLocalName());
    }
}
