package vn.lienthong.gateway.deadlines;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@link DocumentTerms} from a package that intake has already validated, with a streaming parser that stops
 * at the end of {@code MessageHeader}: the attachments that follow are never read, whatever their size.
 */
public final class DocumentTermsReader {

    private static final Logger log = LoggerFactory.getLogger(DocumentTermsReader.class);
    private static final XMLInputFactory FACTORY = hardenedFactory();
    // Producers write DueDate as the standard says, and some as dates are written by hand (REAL-FORMATS.md).
    private static final DateTimeFormatter[] DATES = {DateTimeFormatter.ofPattern("yyyy/MM/dd"),
        DateTimeFormatter.ofPattern("dd/MM/yyyy"), DateTimeFormatter.ISO_LOCAL_DATE};

    private DocumentTermsReader() {
    }

    /** The package's terms; {@link DocumentTerms#NONE} when the header cannot be read (it was checked at intake). */
    public static DocumentTerms read(byte[] packageBytes) {
        try {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(new ByteArrayInputStream(packageBytes));
            try {
                return terms(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            log.warn("Deadline terms unreadable, normal terms used: {}", e.getMessage());
            return DocumentTerms.NONE;
        }
    }

    private static DocumentTerms terms(XMLStreamReader xml) throws XMLStreamException {
        HeaderScan scan = new HeaderScan();
        Deque<String> path = new ArrayDeque<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String element = xml.getLocalName();
                if (!scan.take(path.peek(), element, xml)) {
                    path.push(element);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && scan.ended(path.pop())) {
                break;
            }
        }
        return new DocumentTerms(priority(scan.priority), date(scan.dueDate), Map.copyOf(scan.names));
    }

    /** The header's text fields of interest, gathered as the parser passes them. */
    private static final class HeaderScan {
        private final Map<String, String> names = new HashMap<>();
        private String priority;
        private String dueDate;
        private String toId;
        private String toName;

        /** Reads the element's text when it is one of ours (consuming its end tag) and says so. */
        boolean take(String parent, String element, XMLStreamReader xml) throws XMLStreamException {
            switch (parent + "/" + element) {
                case "MessageHeader/DueDate" -> dueDate = xml.getElementText();
                case "OtherInfo/Priority" -> priority = xml.getElementText();
                case "To/OrganId" -> toId = xml.getElementText().strip();
                case "To/OrganName" -> toName = xml.getElementText().strip();
                default -> {
                    return false;
                }
            }
            return true;
        }

        /** Notes a finished recipient; true at the end of the header, where reading stops. */
        boolean ended(String element) {
            if ("To".equals(element)) {
                if (toId != null && toName != null && !toName.isEmpty()) {
                    names.put(toId, toName);
                }
                toId = null;
                toName = null;
            }
            return "MessageHeader".equals(element);
        }
    }

    private static int priority(String text) {
        try {
            return text == null || text.isBlank() ? 0 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return null;
    }

    /** No DTD, no external entity: the same stance as intake's parser, though these bytes passed it already. */
    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
