package vn.lienthong.gateway.platformapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.SamplePackages;
import vn.lienthong.gateway.support.SignedPackages;
import vn.lienthong.simulators.ReceivedPackage;
import vn.lienthong.simulators.RestPartnerSimulator;
import vn.lienthong.simulators.SdkWireClient;

/**
 * The department's e-office, built on the national platform's SDK, points its SDK at the gateway: a client written
 * to the SDK's wire format ({@link SdkWireClient}) sends, lists, fetches, acknowledges and answers with statuses as
 * it would with the platform, while the district office and the Ministry are REST partners.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PlatformApiIT {

    private static final String DEPARTMENT = "000.00.13.H53";
    private static final String DISTRICT = "000.20.31.H53";
    private static final String MINISTRY = "000.00.00.G03";
    private static final String SYSTEM_ID = "ioffice-sgddt-ha-tinh";
    private static final String SECRET = "bí-mật-ioffice-thử-nghiệm";
    private static final TimeZone VIETNAM = TimeZone.getTimeZone("Asia/Ho_Chi_Minh");
    private static final String SEND_DOCUMENT = "{\"from\":\"000.00.13.H53\",\"servicetype\":\"eDoc\","
            + "\"messagetype\":\"edoc\"}";

    private static final RestPartnerSimulator districtSystem;
    private static final RestPartnerSimulator ministrySystem;
    private static final Path connectorsDir;

    static {
        try {
            districtSystem = RestPartnerSimulator.start(0);
            ministrySystem = RestPartnerSimulator.start(0);
            connectorsDir = Files.createTempDirectory("lienthong-it-platform-api-connectors");
            String retry = "{ max-attempts: 3, initial-delay: 200ms, multiplier: 2.0, max-delay: 1s }";
            ConnectorFiles.write(connectorsDir, "phong-gddt-thach-ha", "Phòng GD&ĐT Thạch Hà", DISTRICT,
                    districtSystem.endpoint(), ConnectorFiles.DISTRICT_KEY, retry);
            ConnectorFiles.write(connectorsDir, "bo-gddt", "Bộ Giáo dục và Đào tạo", MINISTRY,
                    ministrySystem.endpoint(), ConnectorFiles.MINISTRY_KEY, retry);
            Files.writeString(connectorsDir.resolve("ioffice-so-gddt.yaml"), """
                    id: ioffice-so-gddt
                    name: "VNPT iOffice Sở GD&ĐT Hà Tĩnh"
                    agencies: ["%s"]
                    transport: inbox
                    inbound:
                      vdxp: { system-id: "%s", secret-env: "IT_IOFFICE_VDXP_SECRET" }
                    """.formatted(DEPARTMENT, SYSTEM_ID), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("lienthong-it-platform-api-data");
        registry.add("lienthong.data-dir", dataDir::toString);
        registry.add("lienthong.connectors-dir", connectorsDir::toString);
        registry.add("IT_IOFFICE_VDXP_SECRET", () -> SECRET);
        registry.add("spring.artemis.embedded.server-id", () -> ThreadLocalRandom.current().nextInt(1, 1_000_000));
    }

    @LocalServerPort
    private int port;

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private JdbcClient jdbc;

    /** One long-lived SDK object, as an e-office keeps it: its timestamp is that of its construction. */
    private SdkWireClient ioffice;

    @BeforeEach
    void sdk() {
        ioffice = new SdkWireClient(endpoint(), SYSTEM_ID, SECRET, VIETNAM);
    }

    @Test
    void aVietnameseDocumentSentWithTheSdkIsDeliveredToTheRestPartners() throws Exception {
        byte[] document = SamplePackages.validDocumentNumbered(801);

        SdkWireClient.Answer answer = ioffice.sendEdoc(SEND_DOCUMENT, document);

        assertThat(answer.httpStatus()).isEqualTo(200);
        assertThat(answer.status()).as(answer.errorDesc()).isEqualTo("OK");
        assertThat(answer.errorCode()).isEqualTo("0");
        String messageId = answer.json().path("DocId").asText();
        assertThat(jdbc.sql("select channel from messages where id = ?").param(messageId).query(String.class).single())
                .isEqualTo("PLATFORM_API");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(received(districtSystem, ">801<")).isEqualTo(document);
            assertThat(received(ministrySystem, ">801<")).isEqualTo(document);
        });
        assertThat(ioffice.sendEdoc(SEND_DOCUMENT, document).json().path("DocId").asText())
                .as("a re-sent package gets the first id").isEqualTo(messageId);
        JsonNode sent = ioffice.getSentEdocList("{\"servicetype\":\"eDoc\"}").json().path("data");
        assertThat(sent.findValuesAsText("toCode")).contains(DISTRICT, MINISTRY);
        assertThat(sent.findValuesAsText("senderDocId")).contains(messageId);
    }

    @Test
    void aDocumentForTheDepartmentIsListedFetchedAcknowledgedAndAnsweredWithAStatus() throws Exception {
        byte[] fromDistrict = districtDocument(802);
        post("/api/v1/documents", fromDistrict, ConnectorFiles.DISTRICT_KEY);

        String docId = awaitListed(">802<");
        JsonNode item = listed("edoc").stream().filter(i -> i.path("docId").asText().equals(docId)).findFirst()
                .orElseThrow();
        assertThat(item.path("from").asText()).isEqualTo(DISTRICT);
        assertThat(item.path("to").asText()).isEqualTo(DEPARTMENT);
        assertThat(item.path("messageType").asText()).isEqualTo("edoc");
        assertThat(listed("status")).noneMatch(i -> i.path("docId").asText().equals(docId));
        SdkWireClient.Answer fetched = ioffice.getEdoc("{\"filePath\":\"/opt/ioffice/vxp\",\"docId\":\"" + docId + "\"}");
        assertThat(SignedPackages.withoutGatewayAdditions(Base64.getDecoder().decode(
                fetched.json().path("data").asText()))).isEqualTo(fromDistrict);
        assertThat(ioffice.countReceiveEdoc("{}").json().path("count").asInt()).isPositive();
        assertThat(ioffice.updateStatus("{\"status\":\"done\",\"docid\":\"" + docId + "\"}").status()).isEqualTo("OK");
        assertThat(listedIds("edoc")).doesNotContain(docId);

        byte[] status = statusFromDepartment(802);
        SdkWireClient.Answer sentStatus = ioffice.sendEdoc(SEND_DOCUMENT.replace("\"edoc\"", "\"status\""), status);

        assertThat(sentStatus.status()).as(sentStatus.errorDesc()).isEqualTo("OK");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(received(districtSystem, "<edXML:StatusCode>03</edXML:StatusCode>")).isEqualTo(status));
    }

    @Test
    void aDocumentTheEofficeCannotTakeIsRefusedWithItsReasonInTheHistory() throws Exception {
        String messageId = JsonPath.read(post("/api/v1/documents", districtDocument(803), ConnectorFiles.DISTRICT_KEY),
                "$.id");
        String docId = awaitListed(">803<");

        SdkWireClient.Answer answer = ioffice.updateStatus("{\"status\":\"fail\",\"docid\":\"" + docId + "\","
                + "\"description\":\"Thi\\\\u1ebfu t\\\\u1ec7p \\\\u0111\\\\u00ednh k\\\\u00e8m\"}");

        assertThat(answer.status()).as(answer.errorDesc()).isEqualTo("OK");
        assertThat(listedIds("edoc")).doesNotContain(docId);
        String view = get("/api/v1/documents/" + messageId, ConnectorFiles.DISTRICT_KEY);
        List<String> refused = JsonPath.read(view, "$.history[?(@.type == 'INBOX_REFUSED')].detail");
        assertThat(refused).singleElement().asString().contains("Thiếu tệp đính kèm");
    }

    @Test
    void badCredentialsAndBrokenPackagesAreRefusedInThePlatformsWordsAndNothingIsStored() throws Exception {
        long messagesBefore = messageCount();
        byte[] wrongDate = new String(SamplePackages.validDocumentNumbered(804), StandardCharsets.UTF_8)
                .replace("<edXML:PromulgationDate>2026/11/20</edXML:PromulgationDate>",
                        "<edXML:PromulgationDate>ngày 20 tháng 11</edXML:PromulgationDate>")
                .getBytes(StandardCharsets.UTF_8);

        SdkWireClient.Answer badHmac = new SdkWireClient(endpoint(), SYSTEM_ID, "bí-mật-sai", VIETNAM)
                .sendEdoc(SEND_DOCUMENT, SamplePackages.validDocumentNumbered(805));
        SdkWireClient.Answer stranger = new SdkWireClient(endpoint(), "he-thong-la", SECRET, VIETNAM)
                .getReceivedEdocList("{\"servicetype\":\"eDoc\",\"messagetype\":\"edoc\"}");
        SdkWireClient.Answer broken = ioffice.sendEdoc(SEND_DOCUMENT, wrongDate);
        SdkWireClient.Answer foreignSender = ioffice.sendEdoc(SEND_DOCUMENT.replace(DEPARTMENT, MINISTRY),
                SamplePackages.validDocumentNumbered(806));
        SdkWireClient.Answer statusAsDocument = ioffice.sendEdoc(SEND_DOCUMENT, statusFromDepartment(807));

        assertThat(badHmac.httpStatus()).isEqualTo(401);
        assertThat(badHmac.errorCode()).isEqualTo("INVALID_SIGNATURE");
        assertThat(badHmac.errorDesc()).contains("XroadVnpt-hash-header");
        assertThat(stranger.status()).isEqualTo("FAIL");
        assertThat(stranger.errorCode()).isEqualTo("UNKNOWN_SYSTEM");
        assertThat(stranger.errorDesc()).contains("XroadVnpt-systemid").contains("he-thong-la");
        assertThat(broken.httpStatus()).isEqualTo(400);
        assertThat(broken.errorCode()).isEqualTo("INVALID_PACKAGE");
        // The SDK reads this answer as US-ASCII: the Vietnamese value arrives intact only because it was escaped.
        assertThat(broken.errorDesc()).contains("PromulgationDate").contains("ngày 20 tháng 11");
        assertThat(foreignSender.errorCode()).isEqualTo("SENDER_NOT_ALLOWED");
        assertThat(foreignSender.errorDesc()).contains("XroadVnpt-from").contains(MINISTRY);
        assertThat(statusAsDocument.errorCode()).isEqualTo("INVALID_HEADER");
        assertThat(statusAsDocument.errorDesc()).contains("XroadVnpt-messagetype");
        assertThat(messageCount()).isEqualTo(messagesBefore);
    }

    @Test
    void anUnknownOperationAnswersInThePlatformsShape() throws Exception {
        var answer = http.exchange("/vdxp/getAgenciesList", HttpMethod.POST, HttpEntity.EMPTY, String.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(JsonPath.<String>read(answer.getBody(), "$.ErrorCode")).isEqualTo("UNKNOWN_OPERATION");
    }

    /** The district writes to the department and the Ministry: the sample with sender and district swapped. */
    private static byte[] districtDocument(int number) {
        return swap(SamplePackages.validDocumentNumbered(number));
    }

    /** The department's status 03 on the district's document {@code number}. */
    private static byte[] statusFromDepartment(int number) {
        return swap(SamplePackages.statusAnswering(number));
    }

    private static byte[] swap(byte[] pkg) {
        return new String(pkg, StandardCharsets.UTF_8).replace(DEPARTMENT, "@").replace(DISTRICT, DEPARTMENT)
                .replace("@", DISTRICT).getBytes(StandardCharsets.UTF_8);
    }

    /** Waits until the inbox lists the document whose text contains {@code marker}, and returns its docId. */
    private String awaitListed(String marker) {
        return await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> {
            for (String id : listedIds("edoc")) {
                String data = ioffice.getEdoc("{\"docId\":\"" + id + "\"}").json().path("data").asText();
                if (new String(Base64.getDecoder().decode(data), StandardCharsets.UTF_8).contains(marker)) {
                    return id;
                }
            }
            return null;
        }, id -> id != null);
    }

    private List<String> listedIds(String messageType) throws IOException {
        return listed(messageType).stream().map(item -> item.path("docId").asText()).toList();
    }

    private List<JsonNode> listed(String messageType) throws IOException {
        SdkWireClient.Answer list = ioffice.getReceivedEdocList("{\"servicetype\":\"eDoc\",\"messagetype\":\""
                + messageType + "\"}");
        assertThat(list.errorCode()).as(list.errorDesc()).isEqualTo("0");
        List<JsonNode> items = new ArrayList<>();
        list.json().path("data").forEach(items::add);
        return items;
    }

    private static byte[] received(RestPartnerSimulator partner, String marker) {
        return partner.received().stream().map(ReceivedPackage::body)
                .filter(body -> new String(body, StandardCharsets.UTF_8).contains(marker))
                .map(SignedPackages::withoutGatewayAdditions).findFirst().orElse(null);
    }

    private String post(String path, byte[] body, String apiKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        headers.set("X-API-Key", apiKey);
        var answer = http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(202);
        return answer.getBody();
    }

    private String get(String path, String apiKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-API-Key", apiKey);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class).getBody();
    }

    private long messageCount() {
        return jdbc.sql("select count(*) from messages").query(Long.class).single();
    }

    private String endpoint() {
        return "http://127.0.0.1:" + port + "/vdxp";
    }
}
