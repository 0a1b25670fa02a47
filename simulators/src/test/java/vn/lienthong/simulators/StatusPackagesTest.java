package vn.lienthong.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.lienthong.schemas.EdxmlValidator;
import vn.lienthong.schemas.model.PackageKind;
import vn.lienthong.schemas.model.PackageShape;
import vn.lienthong.schemas.model.ParsedPackage;

/** The clerks' status packages are in the canonical shape (edXMLHeader/Status) and pass the gateway's own checks. */
class StatusPackagesTest {

    private static final ClerkProfile CLERK = new ClerkProfile("000.20.31.H53",
            "Phòng Giáo dục và Đào tạo huyện Thạch Hà", "Trần Thị Bình", "khoa-thach-ha", Duration.ZERO, 0.0,
            ClerkProfile.DEFAULT_REJECT_MARKER);

    @Test
    void aClerksAnswerIsACanonicalStatusAboutTheDocumentReceived() {
        byte[] letter = new DemoDocuments(List.of(List.of(new DemoDocuments.Recipient("000.20.31.H53",
                "Phòng Giáo dục và Đào tạo huyện Thạch Hà")))).document(7);
        EdxmlFields document = EdxmlFields.read(letter);

        byte[] answer = StatusPackages.answer(CLERK, document, "03", "Đã tiếp nhận và vào sổ văn bản đến");

        ParsedPackage status = new EdxmlValidator(Clock.systemUTC()).validate(answer);
        assertThat(status.kind()).isEqualTo(PackageKind.STATUS);
        assertThat(status.headerElement()).isEqualTo("Status");
        assertThat(status.shape()).isEqualTo(PackageShape.CANONICAL);
        assertThat(status.documentId()).isEqualTo(document.documentId());
        assertThat(status.senderId()).isEqualTo("000.20.31.H53");
        assertThat(new String(answer, StandardCharsets.UTF_8)).doesNotContain("MessageHeader", "TraceHeaderList");
        assertThat(EdxmlFields.read(answer).statusCode()).isEqualTo("03");
    }
}
