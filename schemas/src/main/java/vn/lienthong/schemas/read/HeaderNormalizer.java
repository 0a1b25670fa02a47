package vn.lienthong.schemas.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;

/**
 * Sorts the children of MessageHeader (and of its small compound children) into the schema's order, because
 * real producers emit them in different orders; only the in-memory DOM used for validation is touched.
 */
final class HeaderNormalizer {

    static final List<String> MESSAGE_HEADER_ORDER = List.of(
            "From", "To", "DocumentId", "Code", "PromulgationInfo", "DocumentType", "Subject", "Content",
            "SignerInfo", "DueDate", "ToPlaces", "OtherInfo", "ResponseFor", "SteeringType", "StaffInfo",
            "StatusCode", "Description", "Timestamp");

    private static final List<String> ORGANIZATION_ORDER = List.of(
            "OrganId", "OrganizationInCharge", "OrganName", "OrganAdd", "Email", "Telephone", "Fax", "Website");

    /** Orders of MessageHeader's compound children, by child name; kept in step with edxml.xsd. */
    static final Map<String, List<String>> CHILD_ORDERS = Map.of(
            "From", ORGANIZATION_ORDER,
            "To", ORGANIZATION_ORDER,
            "Code", List.of("CodeNumber", "CodeNotation"),
            "PromulgationInfo", List.of("Place", "PromulgationDate"),
            "DocumentType", List.of("Type", "TypeDetail", "TypeName"),
            "SignerInfo", List.of("Competence", "Position", "FullName"),
            "OtherInfo", List.of("Priority", "SphereOfPromulgation", "TyperNotation", "PromulgationAmount",
                    "PageAmount", "Direction", "Appendixes"),
            "ResponseFor", List.of("OrganId", "Code", "PromulgationDate", "DocumentId"),
            "StaffInfo", List.of("Department", "Staff", "Mobile", "Email"));

    private final String namespace;

    HeaderNormalizer(String namespace) {
        this.namespace = namespace;
    }

    /** Reorders {@code messageHeader}'s children and their children in place. */
    void normalize(Element messageHeader) {
        for (Element child : reorder(messageHeader, MESSAGE_HEADER_ORDER)) {
            List<String> order = CHILD_ORDERS.get(child.getLocalName());
            if (order != null && namespace.equals(child.getNamespaceURI())) {
                reorder(child, order);
            }
        }
    }

    /**
     * Moves the element children of {@code parent} to the end in canonical order; the sort is stable, so
     * repeated elements (To, ResponseFor) keep their relative order, and unknown ones go last for the
     * schema to name.
     */
    private List<Element> reorder(Element parent, List<String> order) {
        List<Element> children = new ArrayList<>(DomChildren.all(parent));
        children.sort(Comparator.comparingInt(e -> rank(e, order)));
        for (Element child : children) {
            parent.appendChild(child);
        }
        return children;
    }

    private int rank(Element element, List<String> order) {
        int index = namespace.equals(element.getNamespaceURI()) ? order.indexOf(element.getLocalName()) : -1;
        return index < 0 ? order.size() : index;
    }
}
