package vn.lienthong.schemas.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;

/**
 * Sorts the children of the header (MessageHeader or Status), of the trace list and its business block, and of the
 * manifest's references and the attachments into the schema's order, because real producers emit them in different
 * orders; only the in-memory DOM used for validation is touched.
 */
final class HeaderNormalizer {

    static final List<String> MESSAGE_HEADER_ORDER = List.of(
            "From", "To", "DocumentId", "Code", "PromulgationInfo", "DocumentType", "Subject", "Content",
            "SignerInfo", "DueDate", "ToPlaces", "OtherInfo", "ResponseFor", "SteeringType", "ResponseForTask",
            "ApplicationType", "StaffInfo", "StatusCode", "Description", "Timestamp");

    static final List<String> STATUS_ORDER = List.of(
            "From", "ResponseFor", "StaffInfo", "StatusCode", "Description", "Timestamp");

    private static final List<String> ORGANIZATION_ORDER = List.of(
            "OrganId", "OrganizationInCharge", "OrganName", "OrganAdd", "Email", "Telephone", "Fax", "Website");

    /** Orders of the header's compound children, by child name; kept in step with edxml.xsd. */
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

    /** Orders of the other containers producers fill in their own order, by container name (edxml.xsd types). */
    static final Map<String, List<String>> CONTAINER_ORDERS = Map.of(
            "TraceHeaderList", List.of("TraceHeader", "Bussiness"),
            "TraceHeader", List.of("OrganId", "Timestamp"),
            "Bussiness", List.of("BussinessDocType", "BussinessDocReason", "Paper", "DocumentId",
                    "BussinessDocumentInfo", "ReplacementInfoList", "StaffInfo"),
            "Reference", List.of("ContentId", "ContentType", "Description", "AttachmentName"),
            "Attachment", List.of("ContentId", "AttachmentName", "Description", "ContentType",
                    "ContentTransferEncoded"));

    private final String namespace;

    HeaderNormalizer(String namespace) {
        this.namespace = namespace;
    }

    /**
     * Reorders {@code header}'s children (a MessageHeader, or a Status) and their children in place.
     *
     * @return whether anything moved
     */
    boolean normalize(Element header) {
        List<String> order = ParsedNames.STATUS.equals(header.getLocalName()) ? STATUS_ORDER : MESSAGE_HEADER_ORDER;
        boolean moved = reorder(header, order);
        for (Element child : DomChildren.all(header)) {
            List<String> childOrder = CHILD_ORDERS.get(child.getLocalName());
            if (childOrder != null && namespace.equals(child.getNamespaceURI())) {
                moved |= reorder(child, childOrder);
            }
        }
        return moved;
    }

    /**
     * Reorders a container of {@link #CONTAINER_ORDERS} (TraceHeaderList with its TraceHeaders and Bussiness, a
     * Reference, an Attachment) in place.
     *
     * @return whether anything moved
     */
    boolean normalizeContainer(Element container) {
        List<String> order = CONTAINER_ORDERS.get(container.getLocalName());
        if (order == null || !namespace.equals(container.getNamespaceURI())) {
            return false;
        }
        boolean moved = reorder(container, order);
        for (Element child : DomChildren.all(container)) {
            if (CONTAINER_ORDERS.containsKey(child.getLocalName())) {
                moved |= normalizeContainer(child);
            }
        }
        return moved;
    }

    /**
     * Moves the element children of {@code parent} to the end in canonical order; the sort is stable, so
     * repeated elements (To, ResponseFor) keep their relative order, and unknown ones go last for the
     * schema to name.
     */
    private boolean reorder(Element parent, List<String> order) {
        List<Element> before = DomChildren.all(parent);
        List<Element> children = new ArrayList<>(before);
        children.sort(Comparator.comparingInt(e -> rank(e, order)));
        if (children.equals(before)) {
            return false;
        }
        for (Element child : children) {
            parent.appendChild(child);
        }
        return true;
    }

    private int rank(Element element, List<String> order) {
        int index = namespace.equals(element.getNamespaceURI()) ? order.indexOf(element.getLocalName()) : -1;
        return index < 0 ? order.size() : index;
    }
}
