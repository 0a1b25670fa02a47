package vn.lienthong.gateway.intake.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.lienthong.connectors.folder.FolderLayout;
import vn.lienthong.gateway.intake.SenderNotAllowedException;
import vn.lienthong.gateway.refusal.Refusal;
import vn.lienthong.schemas.model.Violation;

/** The folder inbox's rendering of a refusal: the error file beside the refused file, one violation a line. */
class FolderErrorFileTest {

    @TempDir
    Path folders;

    @Test
    void listsEachViolationOnItsOwnLine() throws IOException {
        FolderLayout layout = layout();

        FolderErrorFile.write(layout, "cong-van-402.xml", Refusal.invalidPackage(List.of(
                new Violation("MessageHeader/Subject", "required", ""),
                new Violation("MessageHeader/To[1]/OrganId", "agency-code-format AAA.BB.CC.DDD", "A00.20.31.H53"))));

        assertThat(Files.readString(folders.resolve("error/cong-van-402.xml.error.txt"), StandardCharsets.UTF_8))
                .isEqualTo("MessageHeader/Subject: required\n"
                        + "MessageHeader/To[1]/OrganId: agency-code-format AAA.BB.CC.DDD (was \"A00.20.31.H53\")\n");
    }

    @Test
    void aForeignSenderReadsTheViolationOfEveryChannel() throws IOException {
        String written = FolderErrorFile.write(layout(), "gia-mao.xml",
                new SenderNotAllowedException("thpt-phan-dinh-phung", "000.00.00.G03"));

        assertThat(written).isEqualTo("MessageHeader/From/OrganId: sender-authorised: the connector's agencies only "
                + "(was \"000.00.00.G03\")\n");
    }

    private FolderLayout layout() {
        return new FolderLayout(folders.resolve("outbox"), folders.resolve("inbox"), folders.resolve("done"),
                folders.resolve("error"));
    }
}
