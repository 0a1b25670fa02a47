package vn.lienthong.gateway.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Priority, DueDate and recipients' names come from the header, read up to its end and no further. */
class DocumentTermsReaderTest {

    @Test
    void theSampleDecisionIsNormalPriorityDueOnTheFifthOfDecember() throws IOException {
        DocumentTerms terms = DocumentTermsReader.read(sample());

        assertThat(terms.priority()).isZero();
        assertThat(terms.dueDate()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(terms.recipientNames()).containsEntry("000.20.31.H53", "Phòng Giáo dục và Đào tạo huyện Thạch Hà")
                .containsEntry("000.00.00.G03", "Bộ Giáo dục và Đào tạo").hasSize(2);
    }

    @Test
    void anUrgentDocumentWithoutDueDateAndADateWrittenDayFirstAreRead() throws IOException {
        String xml = new String(sample(), StandardCharsets.UTF_8);
        DocumentTerms urgent = DocumentTermsReader.read(xml.replace("<edXML:Priority>0</edXML:Priority>",
                "<edXML:Priority>2</edXML:Priority>").replace("<edXML:DueDate>2026/12/05</edXML:DueDate>", "")
                .getBytes(StandardCharsets.UTF_8));
        DocumentTerms dayFirst = DocumentTermsReader.read(xml.replace("2026/12/05", "05/12/2026")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(urgent.priority()).isEqualTo(2);
        assertThat(urgent.dueDate()).isNull();
        assertThat(dayFirst.dueDate()).isEqualTo(LocalDate.of(2026, 12, 5));
    }

    @Test
    void whatFollowsTheHeaderIsNeverReadAndBrokenBytesGiveTheNormalTerms() throws IOException {
        String xml = new String(sample(), StandardCharsets.UTF_8);
        String header = xml.substring(0, xml.indexOf("</edXML:MessageHeader>") + "</edXML:MessageHeader>".length());

        assertThat(DocumentTermsReader.read((header + "<<< not xml").getBytes(StandardCharsets.UTF_8)).dueDate())
                .isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(DocumentTermsReader.read("not xml at all".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(DocumentTerms.NONE);
    }

    private static byte[] sample() throws IOException {
        try (InputStream in = DocumentTermsReaderTest.class.getClassLoader()
                .getResourceAsStream("samples/valid-new-document.xml")) {
            return in.readAllBytes();
        }
    }
}
