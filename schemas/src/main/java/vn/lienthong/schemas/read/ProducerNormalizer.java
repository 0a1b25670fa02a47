package vn.lienthong.schemas.read;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.w3c.dom.Element;

import vn.lienthong.schemas.model.PackageRejectedException;
import vn.lienthong.schemas.model.PackageShape;
import vn.lienthong.schemas.model.ShapeTrait;
import vn.lienthong.schemas.model.Violation;

/**
 * The reader's one normaliser: maps every shape real producers write (docs/formats/EDXML-PRODUCERS.md) onto the
 * canonical model in the DOM used for validation and unmarshalling, and says which departures it tolerated. What the
 * standard forbids is left for the schema and the rules to refuse, or refused here when only here it can be named.
 * The received bytes are never touched.
 */
final class ProducerNormalizer {

    private final String namespace;
    private final SpellingNormalizer spelling;
    private final HeaderNormalizer order;
    private final DateNormalizer dates;

    ProducerNormalizer(String namespace) {
        this.namespace = namespace;
        this.spelling = new SpellingNormalizer(namespace);
        this.order = new HeaderNormalizer(namespace);
        this.dates = new DateNormalizer(namespace);
    }

    /** Normalises the package under {@code root}, an edXML root element, in place. */
    PackageShape normalize(Element root) {
        Set<ShapeTrait> traits = EnumSet.noneOf(ShapeTrait.class);
        for (Element envelope : DomChildren.named(root, namespace, ParsedNames.ENVELOPE)) {
            spelling.qualifiedAttributes(envelope, traits);
            for (Element header : DomChildren.named(envelope, namespace, ParsedNames.HEADER)) {
                edxmlHeader(header, traits);
            }
            for (Element body : DomChildren.named(envelope, namespace, "edXMLBody")) {
                for (Element manifest : DomChildren.named(body, namespace, "edXMLManifest")) {
                    containers(manifest, "Reference", traits);
                }
            }
        }
        for (Element encoded : DomChildren.named(root, namespace, "AttachmentEncoded")) {
            containers(encoded, "Attachment", traits);
        }
        return new PackageShape(traits);
    }

    private void edxmlHeader(Element edxmlHeader, Set<ShapeTrait> traits) {
        List<Element> documentHeaders = DomChildren.named(edxmlHeader, namespace, ParsedNames.MESSAGE_HEADER);
        List<Element> statusHeaders = DomChildren.named(edxmlHeader, namespace, ParsedNames.STATUS);
        if (!documentHeaders.isEmpty() && !statusHeaders.isEmpty()) {
            throw new PackageRejectedException(new Violation(ParsedNames.HEADER + "/" + ParsedNames.STATUS,
                    "single-header MessageHeader (a document) or Status (a status message), not both",
                    "MessageHeader, Status"));
        }
        for (Element header : documentHeaders.isEmpty() ? statusHeaders : documentHeaders) {
            spelling.organizations(header, traits);
            if (!DomChildren.named(header, namespace, "StatusCode").isEmpty()
                    && ParsedNames.MESSAGE_HEADER.equals(header.getLocalName())) {
                traits.add(ShapeTrait.STATUS_IN_MESSAGE_HEADER);
            }
            dates.header(header, traits);
            mark(order.normalize(header), traits);
        }
        for (Element traceList : DomChildren.named(edxmlHeader, namespace, ParsedNames.TRACE_HEADER_LIST)) {
            spelling.businessBlock(traceList, traits);
            if (businessFirst(traceList)) {
                traits.add(ShapeTrait.BUSINESS_BEFORE_TRACE_HEADERS);
            }
            dates.traceList(traceList, traits);
            mark(order.normalizeContainer(traceList), traits);
        }
        legacySignatures(edxmlHeader, traits);
    }

    private boolean businessFirst(Element traceList) {
        List<Element> children = DomChildren.all(traceList);
        return !children.isEmpty() && "Bussiness".equals(children.get(0).getLocalName())
                && !DomChildren.named(traceList, namespace, "TraceHeader").isEmpty();
    }

    /** Notes the Signatures that are not XML-DSig; the signature check judges them, the schema lets them through. */
    private void legacySignatures(Element edxmlHeader, Set<ShapeTrait> traits) {
        for (Element child : DomChildren.all(edxmlHeader)) {
            if (ParsedNames.SIGNATURE.equals(child.getLocalName())) {
                if (namespace.equals(child.getNamespaceURI())) {
                    traits.add(ShapeTrait.EDXML_NAMESPACE_SIGNATURE);
                } else if (child.getNamespaceURI() == null) {
                    traits.add(ShapeTrait.NO_NAMESPACE_SIGNATURE);
                }
            }
        }
    }

    private void containers(Element parent, String name, Set<ShapeTrait> traits) {
        for (Element container : DomChildren.named(parent, namespace, name)) {
            mark(order.normalizeContainer(container), traits);
        }
    }

    private static void mark(boolean reordered, Set<ShapeTrait> traits) {
        if (reordered) {
            traits.add(ShapeTrait.CHILDREN_REORDERED);
        }
    }
}
