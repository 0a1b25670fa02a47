package vn.lienthong.schemas.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

import vn.lienthong.schemas.model.Base64Scanner;
import vn.lienthong.schemas.model.StreamedFacts;

/**
 * Sits between the parser and the DOM being built: checks each edXML/AttachmentEncoded/Attachment/
 * ContentTransferEncoded text as base64 while it streams past and, unless asked to keep it, leaves it out of the
 * DOM, so a 50 MB attachment is never held in memory. Also counts Signature elements wherever they are (XML-DSig,
 * edXML namespace or no namespace).
 */
final class AttachmentTextDiverter extends XMLFilterImpl {

    private static final String DSIG_NAMESPACE = "http://www.w3.org/2000/09/xmldsig#";
    private static final List<String> CONTENT_PATH = List.of(
            "edXML", "AttachmentEncoded", "Attachment", "ContentTransferEncoded");

    private final String namespace;
    private final boolean keepText;
    private final Deque<String> open = new ArrayDeque<>();
    private final List<Base64Scanner> scanners = new ArrayList<>();
    private Base64Scanner current;
    private int signatureElements;

    AttachmentTextDiverter(XMLReader parent, String namespace, boolean keepText) {
        super(parent);
        this.namespace = namespace;
        this.keepText = keepText;
    }

    /** What was learnt; base64 verdicts only for texts left out of the DOM, the others are judged there. */
    StreamedFacts facts() {
        List<Optional<String>> problems = keepText ? List.of()
                : scanners.stream().map(s -> Optional.ofNullable(s.problem())).toList();
        return new StreamedFacts(problems, signatureElements);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        boolean edxml = namespace.equals(uri);
        // Bkav's SDK writes its Signature in no namespace: it counts, or the package would pass as unsigned.
        if ("Signature".equals(localName) && (edxml || DSIG_NAMESPACE.equals(uri) || uri.isEmpty())) {
            signatureElements++;
        }
        // Anything but the four edXML names on the path gets a placeholder, so it can never match.
        open.addLast(edxml ? localName : "");
        current = null;
        if (open.size() == CONTENT_PATH.size() && CONTENT_PATH.equals(List.copyOf(open))) {
            current = new Base64Scanner();
            scanners.add(current);
        }
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        open.removeLast();
        current = null;
        super.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (current == null) {
            super.characters(ch, start, length);
            return;
        }
        current.accept(ch, start, length);
        if (keepText) {
            super.characters(ch, start, length);
        }
    }
}
