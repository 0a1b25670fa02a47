package vn.lienthong.gateway.signature.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import vn.lienthong.gateway.store.PackageContent;
import vn.lienthong.gateway.store.PackageSpool;
import vn.lienthong.schemas.edxml.Attachment;
import vn.lienthong.schemas.model.ParsedPackage;
import vn.lienthong.signatures.pdf.PdfSource;

/**
 * Streams a spooled package once and decodes each PDF attachment's base64 content into a spool file of its own as
 * it goes by, so a 38 MB PDF inside a 50 MB package is never held in memory.
 */
final class SpooledAttachmentDecoder extends DefaultHandler {

    private static final String EDXML = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    private static final SAXParserFactory PARSERS = hardenedParsers();

    private final List<Attachment> attachments;
    private final PackageSpool spool;
    private final List<PdfAttachments.Found> found = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();
    private int depth;
    private int attachmentIndex = -1;
    private boolean inAttachmentEncoded;
    private Base64Sink content;
    private SniffingFile target;

    private SpooledAttachmentDecoder(List<Attachment> attachments, PackageSpool spool) {
        this.attachments = attachments;
        this.spool = spool;
    }

    static PdfAttachments decode(PackageContent content, ParsedPackage parsed, PackageSpool spool) {
        SpooledAttachmentDecoder decoder = new SpooledAttachmentDecoder(parsed.attachments(), spool);
        try (InputStream in = content.open()) {
            PARSERS.newSAXParser().parse(in, decoder);
            return PdfAttachments.of(decoder.found, decoder.files);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            PdfAttachments.of(List.of(), decoder.files).close();
            throw new UncheckedIOException("cannot decode the attachments of the spooled package",
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        depth++;
        boolean edxml = EDXML.equals(uri);
        if (depth == 2 && edxml && "AttachmentEncoded".equals(localName)) {
            inAttachmentEncoded = true;
        } else if (depth == 3 && inAttachmentEncoded && edxml && "Attachment".equals(localName)) {
            attachmentIndex++;
        } else if (depth == 4 && attachmentIndex >= 0 && attachmentIndex < attachments.size() && edxml
                && "ContentTransferEncoded".equals(localName)) {
            startContent();
        }
    }

    private void startContent() throws SAXException {
        Attachment attachment = attachments.get(attachmentIndex);
        try {
            Path file = spool.newFile(".pdf");
            files.add(file);
            target = new SniffingFile(file, PdfAttachments.declaredPdf(attachment));
            content = new Base64Sink(target);
        } catch (IOException e) {
            throw new SAXException("cannot create a spool file for attachment " + (attachmentIndex + 1), e);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (content != null) {
            try {
                content.accept(ch, start, length);
            } catch (IOException e) {
                throw new SAXException("cannot write attachment " + (attachmentIndex + 1), e);
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (content != null && depth == 4) {
            try {
                content.finish();
            } catch (IOException e) {
                throw new SAXException("cannot write attachment " + (attachmentIndex + 1), e);
            }
            if (target.isPdf()) {
                found.add(PdfAttachments.found(attachmentIndex, attachments.get(attachmentIndex),
                        PdfSource.of(target.file())));
            }
            content = null;
        }
        if (depth == 2) {
            inAttachmentEncoded = false;
        }
        depth--;
    }

    private static SAXParserFactory hardenedParsers() {
        // The package passed the hardened reader already; this second read closes the same doors all the same.
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("XML parser cannot be hardened", e);
        }
        return factory;
    }

    /** Writes an attachment to its file only once it is known to be a PDF (declared so, or {@code %PDF-} first). */
    private static final class SniffingFile extends OutputStream {

        private final Path file;
        private final byte[] head = new byte[PdfAttachments.MAGIC.length];
        private int headLength;
        private Boolean pdf;
        private OutputStream out;

        SniffingFile(Path file, boolean declaredPdf) {
            this.file = file;
            this.pdf = declaredPdf ? Boolean.TRUE : null;
        }

        Path file() {
            return file;
        }

        boolean isPdf() {
            return Boolean.TRUE.equals(pdf);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int next = off;
            int end = off + len;
            while (pdf == null && next < end) {
                head[headLength++] = b[next++];
                if (headLength == head.length) {
                    pdf = PdfAttachments.startsLikePdf(head);
                    if (pdf) {
                        sink().write(head);
                    }
                }
            }
            if (isPdf() && next < end) {
                sink().write(b, next, end - next);
            }
        }

        private OutputStream sink() throws IOException {
            if (out == null) {
                out = Files.newOutputStream(file);
            }
            return out;
        }

        @Override
        public void close() throws IOException {
            if (isPdf()) {
                sink().close();
            }
        }
    }
}
