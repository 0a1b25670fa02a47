package vn.lienthong.signatures.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Unsigned PDFs for tests: a one-page decision of the department, and the same padded to a given size. */
public final class PdfDocuments {

    /** The document number as the page shows it, in a plain font so that a test can find and change it. */
    public static final String NUMBER_ON_PAGE = "(So: 123/QD-SGDDT) Tj";

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private PdfDocuments() {
    }

    /** A decision of Sở GD&ĐT Hà Tĩnh, uncompressed so that its bytes can be found and changed. */
    public static byte[] decision() {
        return decision(0);
    }

    /** The decision with an uncompressed stream of {@code paddingBytes} appended to its page, to reach a size. */
    public static byte[] decision(int paddingBytes) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Quyết định tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh năm học 2026–2027");
            info.setAuthor("Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh");
            try (PDPageContentStream text = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.OVERWRITE, false);
                 InputStream font = PdfDocuments.class.getResourceAsStream(FONT)) {
                text.beginText();
                text.setFont(PDType0Font.load(document, font), 14);
                text.newLineAtOffset(72, 760);
                text.showText("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ TĨNH");
                text.newLineAtOffset(0, -28);
                text.showText("QUYẾT ĐỊNH về việc tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh");
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(0, -28);
                text.showText("So: 123/QD-SGDDT");
                text.endText();
            }
            if (paddingBytes > 0) {
                pad(document, page, paddingBytes);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page-piece dictionary holding {@code bytes} of data: part of the signed file, shown nowhere. */
    private static void pad(PDDocument document, PDPage page, int bytes) throws IOException {
        COSStream padding = document.getDocument().createCOSStream();
        try (var out = padding.createOutputStream()) {
            byte[] line = "Dữ liệu đệm của tệp thử nghiệm.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (int written = 0; written < bytes; written += line.length) {
                out.write(line, 0, Math.min(line.length, bytes - written));
            }
        }
        page.getCOSObject().setItem(COSName.getPDFName("LienthongPadding"), padding);
    }

    /** {@code pdf} with an unsigned incremental update appended: the document information changed after signing. */
    public static byte[] updatedAfterSigning(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setSubject("Đã sửa sau khi ký");
            info.getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
