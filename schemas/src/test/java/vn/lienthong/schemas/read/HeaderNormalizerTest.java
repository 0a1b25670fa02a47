package vn.lienthong.schemas.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import vn.lienthong.schemas.Fixtures;

class HeaderNormalizerTest {

    private static final String NS = EdxmlReader.NAMESPACE;
    private static final String XSD = "http://www.w3.org/2001/XMLSchema";

    private final HeaderNormalizer normalizer = new HeaderNormalizer(NS);

    @Test
    void sortsHeaderChildrenIntoSchemaOrderKeepingRepeatsInTheirOrder() throws Exception {
        Element header = parse("<h:MessageHeader xmlns:h='" + NS + "'>"
                + "<h:Timestamp/><h:To><h:OrganName>B</h:OrganName><h:OrganId>2</h:OrganId></h:To>"
                + "<h:Subject/><h:From/><h:To><h:OrganId>3</h:OrganId></h:To><h:StatusCode/><h:Code/>"
                + "</h:MessageHeader>");

        normalizer.normalize(header);

        assertThat(names(header)).containsExactly("From", "To", "To", "Code", "Subject", "StatusCode", "Timestamp");
        Element firstTo = (Element) header.getElementsByTagNameNS(NS, "To").item(0);
        assertThat(firstTo.getTextContent()).isEqualTo("2B");
        assertThat(names(firstTo)).containsExactly("OrganId", "OrganName");
    }

    @Test
    void unknownAndForeignElementsGoLastForTheSchemaToName() throws Exception {
        Element header = parse("<h:MessageHeader xmlns:h='" + NS + "' xmlns:x='urn:x'>"
                + "<h:Urgency/><x:Subject/><h:Subject/><h:From/></h:MessageHeader>");

        normalizer.normalize(header);

        assertThat(names(header)).containsExactly("From", "Subject", "Urgency", "Subject");
        assertThat(header.getLastChild().getNamespaceURI()).isEqualTo("urn:x");
    }

    @Test
    void ordersMatchTheSchemaSequences() throws Exception {
        Element schema = parse(new String(Fixtures.resource("/schemas/edxml.xsd"), StandardCharsets.UTF_8));

        assertThat(sequenceOf(schema, "MessageHeader")).isEqualTo(HeaderNormalizer.MESSAGE_HEADER_ORDER);
        NodeList headerElements = complexType(schema, "MessageHeader").getElementsByTagNameNS(XSD, "element");
        for (int i = 0; i < headerElements.getLength(); i++) {
            Element declaration = (Element) headerElements.item(i);
            List<String> order = HeaderNormalizer.CHILD_ORDERS.get(declaration.getAttribute("name"));
            if (order != null) {
                String type = declaration.getAttribute("type").replace("edXML:", "");
                assertThat(order).as(type).isEqualTo(sequenceOf(schema, type));
            }
        }
    }

    @Test
    void statusAndContainerOrdersMatchTheSchemaToo() throws Exception {
        Element schema = parse(new String(Fixtures.resource("/schemas/edxml.xsd"), StandardCharsets.UTF_8));

        assertThat(sequenceOf(schema, "StatusHeader")).isEqualTo(HeaderNormalizer.STATUS_ORDER);
        HeaderNormalizer.CONTAINER_ORDERS.forEach((container, order) ->
                assertThat(order).as(container).isEqualTo(sequenceOf(schema, container)));
    }

    @Test
    void sortsAStatusAndSaysWhetherAnythingMoved() throws Exception {
        Element status = parse("<h:Status xmlns:h='" + NS + "'><h:StatusCode>05</h:StatusCode>"
                + "<h:ResponseFor><h:DocumentId>x</h:DocumentId><h:OrganId>y</h:OrganId></h:ResponseFor>"
                + "<h:From/></h:Status>");

        assertThat(normalizer.normalize(status)).isTrue();
        assertThat(names(status)).containsExactly("From", "ResponseFor", "StatusCode");
        assertThat(names((Element) status.getElementsByTagNameNS(NS, "ResponseFor").item(0)))
                .containsExactly("OrganId", "DocumentId");
        assertThat(normalizer.normalize(status)).isFalse();
    }

    @Test
    void putsTheBusinessBlockAfterTheTraceHeadersAndSortsItsChildren() throws Exception {
        Element list = parse("<h:TraceHeaderList xmlns:h='" + NS + "'><h:Bussiness><h:StaffInfo/>"
                + "<h:DocumentId/><h:BussinessDocType>0</h:BussinessDocType></h:Bussiness>"
                + "<h:TraceHeader><h:Timestamp/><h:OrganId/></h:TraceHeader></h:TraceHeaderList>");

        assertThat(normalizer.normalizeContainer(list)).isTrue();
        assertThat(names(list)).containsExactly("TraceHeader", "Bussiness");
        assertThat(names((Element) list.getElementsByTagNameNS(NS, "Bussiness").item(0)))
                .containsExactly("BussinessDocType", "DocumentId", "StaffInfo");
        assertThat(names((Element) list.getElementsByTagNameNS(NS, "TraceHeader").item(0)))
                .containsExactly("OrganId", "Timestamp");
    }

    private static List<String> sequenceOf(Element schema, String typeName) {
        List<String> names = new ArrayList<>();
        NodeList elements = complexType(schema, typeName).getElementsByTagNameNS(XSD, "element");
        for (int i = 0; i < elements.getLength(); i++) {
            names.add(((Element) elements.item(i)).getAttribute("name"));
        }
        return names;
    }

    private static Element complexType(Element schema, String name) {
        NodeList types = schema.getElementsByTagNameNS(XSD, "complexType");
        for (int i = 0; i < types.getLength(); i++) {
            if (name.equals(((Element) types.item(i)).getAttribute("name"))) {
                return (Element) types.item(i);
            }
        }
        throw new AssertionError("no complexType " + name);
    }

    private static Element parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }

    private static List<String> names(Element parent) {
        List<String> names = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                names.add(e.getLocalName());
            }
        }
        return names;
    }
}
