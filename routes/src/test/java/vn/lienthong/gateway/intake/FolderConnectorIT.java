package vn.lienthong.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.GatewayIT;
import vn.lienthong.gateway.support.SamplePackages;
import vn.lienthong.gateway.support.SignedPackages;
import vn.lienthong.simulators.ReceivedPackage;

/** A school reached through shared folders: packages land in its outbox, files from its inbox go the REST way. */
class FolderConnectorIT extends GatewayIT {

    @Test
    void aDocumentForTheSchoolIsWrittenToItsOutboxByteForByte() throws IOException {
        byte[] sample = replace(SamplePackages.validDocumentNumbered(401), MINISTRY, SCHOOL);

        String id = JsonPath.read(postDocument(sample, ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.id");

        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() ->
                assertThat((String) JsonPath.read(getDocument(id, ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.state"))
                        .isEqualTo("DELIVERED"));
        List<String> deliveryIds = JsonPath.read(getDocument(id, ConnectorFiles.DEPARTMENT_KEY).getBody(),
                "$.recipients[?(@.agency == '" + SCHOOL + "')].deliveryId");
        Path written = schoolFolders.resolve("outbox").resolve(deliveryIds.get(0) + ".xml");
        byte[] sent = jdbc.sql("select content from packages where message_id = ? and direction = 'SENT'")
                .param(id).query(byte[].class).single();
        assertThat(read(written)).isEqualTo(sent);
        assertThat(SignedPackages.withoutGatewayAdditions(read(written))).isEqualTo(sample);
        assertThat(list(schoolFolders.resolve("outbox"))).containsExactly(deliveryIds.get(0) + ".xml");
    }

    @Test
    void aFileDroppedInTheInboxIsAcceptedAndDeliveredToTheDistrict() throws IOException {
        byte[] fromSchool = replace(SamplePackages.validDocumentNumbered(402), DEPARTMENT, SCHOOL);
        Files.createDirectories(schoolFolders.resolve("inbox"));

        Files.write(schoolFolders.resolve("inbox/cong-van-402.xml"), fromSchool);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(districtSystem.received())
                .extracting(ReceivedPackage::body).anySatisfy(body -> assertThat(SignedPackages.withoutGatewayAdditions(body)).isEqualTo(fromSchool)));
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() ->
                assertThat(read(schoolFolders.resolve("done/cong-van-402.xml"))).isEqualTo(fromSchool));
        assertThat(list(schoolFolders.resolve("inbox"))).isEmpty();
        assertThat(jdbc.sql("select channel from messages where sender_agency = ? and code_number = '402'")
                .param(SCHOOL).query(String.class).single()).isEqualTo("FOLDER");
    }

    @Test
    void anInvalidFileLandsInErrorWithItsReason() throws IOException {
        long messagesBefore = rows("messages");
        byte[] invalid = replace(SamplePackages.load("packages/invalid-missing-subject.xml"), DEPARTMENT, SCHOOL);
        Files.createDirectories(schoolFolders.resolve("inbox"));

        Files.write(schoolFolders.resolve("inbox/thieu-trich-yeu.xml"), invalid);

        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() ->
                assertThat(read(schoolFolders.resolve("error/thieu-trich-yeu.xml"))).isEqualTo(invalid));
        assertThat(Files.readString(schoolFolders.resolve("error/thieu-trich-yeu.xml.error.txt")))
                .contains("MessageHeader/Subject: required");
        assertThat(list(schoolFolders.resolve("inbox"))).isEmpty();
        assertThat(rows("messages")).isEqualTo(messagesBefore);
    }

    private static byte[] replace(byte[] xml, String from, String to) {
        return new String(xml, StandardCharsets.UTF_8).replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
