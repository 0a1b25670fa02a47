package vn.lienthong.signatures;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Finds where the edXMLHeader ends in a package's bytes and writes the package with text inserted there, reading
 * only as much of it as it takes: the header comes first, so a 50 MB package is never held to insert a signature.
 */
public final class HeaderSplice {

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final int FIRST_PREFIX = 64 * 1024;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private HeaderSplice() {
    }

    /** The qualified names (prefixes as written) of the root, the envelope and the header: its first three elements. */
    public static List<String> headerPath(PackageSource source) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        List<String> path = new ArrayList<>();
        try (InputStream in = source.open()) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            while (path.size() < 3 && reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    String prefix = reader.getPrefix();
                    path.add(prefix == null || prefix.isEmpty() ? reader.getLocalName()
                            : prefix + ":" + reader.getLocalName());
                }
            }
            reader.close();
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("package is not well-formed XML: " + e.getMessage(), e);
        }
        return path;
    }

    /**
     * The byte offset at which the end tag of the element at {@code path} starts, read from growing prefixes of the
     * package until one holds it.
     *
     * @throws IllegalArgumentException when the whole package has no such end tag
     */
    public static long endTagOffset(PackageSource source, List<String> path) throws IOException {
        for (int length = FIRST_PREFIX; ; length *= 4) {
            byte[] prefix;
            boolean whole;
            try (InputStream in = source.open()) {
                prefix = in.readNBytes(length);
                whole = in.read() < 0;
            }
            String text = new String(prefix, 0, wholeCharacters(prefix), StandardCharsets.UTF_8);
            try {
                int at = HeaderEndLocator.endTagOf(text, path);
                return text.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
            } catch (IllegalArgumentException cutShort) {
                if (whole) {
                    throw cutShort;
                }
            }
        }
    }

    /**
     * Writes {@code head} (the package up to the header's end tag, which may already carry an added TraceHeader),
     * then {@code inserted}, then {@code rest}; with an XML declaration in front when the package has none, as a
     * signed package must declare its UTF-8.
     */
    public static void write(byte[] head, String inserted, InputStream rest, OutputStream out) throws IOException {
        int start = startsWith(head, BOM) ? BOM.length : 0;
        boolean declared = head.length > start + 5
                && new String(head, start, 5, StandardCharsets.US_ASCII).equals("<?xml")
                && Character.isWhitespace(head[start + 5]);
        if (declared) {
            out.write(head);
        } else {
            out.write(XML_DECLARATION.getBytes(StandardCharsets.UTF_8));
            out.write(head, start, head.length - start);
        }
        out.write(inserted.getBytes(StandardCharsets.UTF_8));
        rest.transferTo(out);
    }

    /** The length of {@code bytes} without a UTF-8 sequence cut off at its end. */
    private static int wholeCharacters(byte[] bytes) {
        int end = bytes.length;
        int back = 0;
        while (end - back - 1 >= 0 && back < 3 && (bytes[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        int lead = end - back - 1;
        if (lead < 0 || (bytes[lead] & 0x80) == 0) {
            return end;
        }
        int needed = (bytes[lead] & 0xE0) == 0xC0 ? 1 : (bytes[lead] & 0xF0) == 0xE0 ? 2 : 3;
        return needed == back ? end : lead;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
