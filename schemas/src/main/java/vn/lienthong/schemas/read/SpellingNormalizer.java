package vn.lienthong.schemas.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

import vn.lienthong.schemas.model.ShapeTrait;

/**
 * Renames what producers spell their own way onto the standard's names, in the reader's DOM only: Bkav's
 * {@code Business…} as the standard's {@code Bussiness…}, its {@code OrganInCharge} as {@code OrganizationInCharge},
 * and attributes it qualifies with the edXML prefix ({@code edXML:version}) as the unqualified ones they stand for.
 */
final class SpellingNormalizer {

    private static final String BUSINESS = "Business";
    private static final Map<String, String> BUSINESS_CHILDREN = Map.of(
            "BusinessDocType", "BussinessDocType",
            "BusinessDocReason", "BussinessDocReason",
            "BusinessDocumentInfo", "BussinessDocumentInfo");
    private static final Set<String> ORGANIZATIONS = Set.of("From", "To");
    private static final String ORGAN_IN_CHARGE = "OrganInCharge";
    private static final String ORGANIZATION_IN_CHARGE = "OrganizationInCharge";

    private final String namespace;

    SpellingNormalizer(String namespace) {
        this.namespace = namespace;
    }

    /** The business block of a TraceHeaderList, spelt {@code Business…}, renamed {@code Bussiness…}. */
    void businessBlock(Element traceHeaderList, Set<ShapeTrait> traits) {
        for (Element business : DomChildren.named(traceHeaderList, namespace, BUSINESS)) {
            rename(business, "Bussiness");
            for (Element child : DomChildren.all(business)) {
                String standard = BUSINESS_CHILDREN.get(child.getLocalName());
                if (standard != null && namespace.equals(child.getNamespaceURI())) {
                    rename(child, standard);
                }
            }
            traits.add(ShapeTrait.BUSINESS_SPELLING);
        }
    }

    /** {@code OrganInCharge} in the header's From and To, renamed {@code OrganizationInCharge}. */
    void organizations(Element header, Set<ShapeTrait> traits) {
        for (Element organization : DomChildren.all(header)) {
            if (!ORGANIZATIONS.contains(organization.getLocalName())) {
                continue;
            }
            for (Element inCharge : DomChildren.named(organization, namespace, ORGAN_IN_CHARGE)) {
                if (DomChildren.named(organization, namespace, ORGANIZATION_IN_CHARGE).isEmpty()) {
                    rename(inCharge, ORGANIZATION_IN_CHARGE);
                    traits.add(ShapeTrait.ORGAN_IN_CHARGE);
                }
            }
        }
    }

    /**
     * Attributes in the edXML namespace on {@code element} and the edXML elements below it, made unqualified unless
     * the element already has the unqualified one (then the schema names the clash).
     */
    void qualifiedAttributes(Element element, Set<ShapeTrait> traits) {
        if (!namespace.equals(element.getNamespaceURI())) {
            return;
        }
        NamedNodeMap attributes = element.getAttributes();
        List<Attr> qualified = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (namespace.equals(attribute.getNamespaceURI())
                    && !element.hasAttributeNS(null, attribute.getLocalName())) {
                qualified.add(attribute);
            }
        }
        for (Attr attribute : qualified) {
            element.removeAttributeNode(attribute);
            element.setAttributeNS(null, attribute.getLocalName(), attribute.getValue());
            traits.add(ShapeTrait.QUALIFIED_ATTRIBUTES);
        }
        for (Element child : DomChildren.all(element)) {
            qualifiedAttributes(child, traits);
        }
    }

    /** Renames keeping the producer's prefix, so the element stays in the edXML namespace. */
    private void rename(Element element, String localName) {
        String prefix = element.getPrefix();
        element.getOwnerDocument().renameNode(element, namespace,
                prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName);
    }
}
