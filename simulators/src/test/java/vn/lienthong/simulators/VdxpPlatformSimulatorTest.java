package vn.lienthong.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.lienthong.connectors.spi.DeliveryOutcome.Result;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.ConnectorLimits;
import vn.lienthong.connectors.spi.PdfSignatureMode;
import vn.lienthong.connectors.spi.RetryPolicy;
import vn.lienthong.connectors.spi.SignatureVerifyMode;
import vn.lienthong.connectors.spi.Timeouts;
import vn.lienthong.connectors.spi.TransportType;
import vn.lienthong.connectors.vdxp.VdxpClient;
import vn.lienthong.connectors.vdxp.VdxpSettings;
import vn.lienthong.connectors.vdxp.VdxpHashFile;
import vn.lienthong.connectors.vdxp.VdxpReply;
import vn.lienthong.connectors.vdxp.VdxpSignature;
import vn.lienthong.connectors.vdxp.VdxpTimestamp;

/**
 * Lienthong's {@code vdxp} client and a client written to the SDK's wire format against the simulated platform:
 * what one sends, the other receives through it, and the platform's refusals reach the client's retry table.
 */
class VdxpPlatformSimulatorTest {

    private static final String GATEWAY = "sgddt-ha-tinh";
    private static final String GATEWAY_SECRET = "bí-mật-sở";
    private static final String OFFICE = "vpcp-edoc";
    private static final String OFFICE_SECRET = "bí-mật-vpcp";
    private static final String GOVERNMENT_OFFICE = "000.00.00.G22";
    private static final byte[] PACKAGE = ("<edXML>Về việc báo cáo số liệu đội ngũ giáo viên đầu năm học</edXML>")
            .getBytes(StandardCharsets.UTF_8);

    private VdxpPlatformSimulator platform;

    @BeforeEach
    void start() throws IOException {
        platform = VdxpPlatformSimulator.start(0, GATEWAY, GATEWAY_SECRET)
                .registerSystem(OFFICE, OFFICE_SECRET, GOVERNMENT_OFFICE);
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void aSentPackageReachesTheReceivingSystemWhichListsFetchesAndAcknowledgesIt() throws Exception {
        VdxpReply sent = client(GATEWAY_SECRET).sendEdoc(connector(), "000.00.13.H53", "edoc",
                List.of(GOVERNMENT_OFFICE), PACKAGE, "giao-1");
        SdkWireClient office = new SdkWireClient(platform.endpoint(), OFFICE, OFFICE_SECRET,
                TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));

        assertThat(sent.ok()).as(sent.describe()).isTrue();
        assertThat(platform.sent()).singleElement().satisfies(edoc -> {
            assertThat(edoc.packageBytes()).isEqualTo(PACKAGE);
            assertThat(edoc.signed()).containsEntry("from", "000.00.13.H53").containsEntry("messagetype", "edoc")
                    .containsEntry("to", "[\"" + GOVERNMENT_OFFICE + "\"]")
                    .containsEntry("hash-file", VdxpHashFile.of(PACKAGE));
            assertThat(edoc.messageId()).isEqualTo("giao-1");
        });
        SdkWireClient.Answer list = office.getReceivedEdocList("{\"servicetype\":\"eDoc\",\"messagetype\":\"edoc\"}");
        assertThat(list.errorCode()).as(list.errorDesc()).isEqualTo("0");
        String docId = list.json().path("data").get(0).path("docId").asText();
        assertThat(list.json().path("data").get(0).path("from").asText()).isEqualTo("000.00.13.H53");
        SdkWireClient.Answer edoc = office.getEdoc("{\"filePath\":\"/tmp/vxp\",\"docId\":\"" + docId + "\"}");
        assertThat(Base64.getDecoder().decode(edoc.json().path("data").asText())).isEqualTo(PACKAGE);
        assertThat(office.updateStatus("{\"status\":\"done\",\"docid\":\"" + docId + "\"}").status()).isEqualTo("OK");
        assertThat(office.countReceiveEdoc("{}").json().path("count").asInt()).isZero();
        assertThat(platform.statusUpdates()).containsExactly(new VdxpPlatformSimulator.StatusUpdate(docId, "done", ""));
    }

    @Test
    void aReasonGivenWithFailReachesThePlatformInVietnamese() throws Exception {
        platform.hold("vdxp-1", PACKAGE);

        VdxpReply reply = client(GATEWAY_SECRET).updateStatus(connector(), "vdxp-1", "fail",
                "MessageHeader/Subject: required — thiếu trích yếu");

        assertThat(reply.ok()).as(reply.describe()).isTrue();
        assertThat(platform.statusUpdates()).containsExactly(new VdxpPlatformSimulator.StatusUpdate("vdxp-1", "fail",
                "MessageHeader/Subject: required — thiếu trích yếu"));
        assertThat(platform.waitingFor(GATEWAY)).isEmpty();
    }

    @Test
    void aWrongSecretOrUnknownSystemIsRefusedAndRetriedAWrongHashFileIsRefusedForGood() throws Exception {
        VdxpReply badSecret = client("bí-mật-sai").getReceivedEdocList(connector(), "edoc");
        SdkWireClient stranger = new SdkWireClient(platform.endpoint(), "he-thong-la", "x",
                TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));

        assertThat(badSecret.errorCode()).isEqualTo("INVALID_SIGNATURE");
        assertThat(badSecret.outcome().result()).isEqualTo(Result.TRANSIENT_FAILURE);
        assertThat(stranger.countReceiveEdoc("{}").errorCode()).isEqualTo("UNKNOWN_SYSTEM");
        HttpResponse<String> wrongHash = sendWithHashFile(VdxpHashFile.of("gói khác".getBytes(StandardCharsets.UTF_8)));
        assertThat(wrongHash.statusCode()).isEqualTo(400);
        assertThat(wrongHash.body()).contains("\"ErrorCode\":\"INVALID_HASH_FILE\"");
        assertThat(platform.sent()).isEmpty();
        assertThat(platform.refusals()).hasSize(3);
    }

    @Test
    void aSystemWithAgenciesMaySendOnlyAsThem() throws Exception {
        SdkWireClient office = new SdkWireClient(platform.endpoint(), OFFICE, OFFICE_SECRET,
                TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));

        SdkWireClient.Answer answer = office.sendEdoc("{\"from\":\"000.00.13.H53\",\"servicetype\":\"eDoc\","
                + "\"messagetype\":\"edoc\"}", PACKAGE);

        assertThat(answer.httpStatus()).isEqualTo(403);
        assertThat(answer.errorCode()).isEqualTo("SENDER_NOT_ALLOWED");
        assertThat(answer.errorDesc()).contains("XroadVnpt-from").contains("000.00.13.H53");
    }

    @Test
    void injectedFailuresReachTheRetryTable() throws Exception {
        platform.failNext("sendEdoc", 1, 200, "-1", "He thong dang ban");
        platform.failNext("sendEdoc", 1, 400, "INVALID_PACKAGE", "MessageHeader/Subject: required");
        VdxpClient client = client(GATEWAY_SECRET);

        assertThat(send(client).outcome().result()).isEqualTo(Result.TRANSIENT_FAILURE);
        assertThat(send(client).outcome().result()).isEqualTo(Result.PERMANENT_REFUSAL);
        assertThat(send(client).outcome().result()).isEqualTo(Result.ACCEPTED);
    }

    private VdxpReply send(VdxpClient client) throws Exception {
        return client.sendEdoc(connector(), "000.00.13.H53", "edoc", List.of(GOVERNMENT_OFFICE), PACKAGE, "g");
    }

    private HttpResponse<String> sendWithHashFile(String hashFile) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("timestamp", VdxpTimestamp.format(Instant.now(), VdxpClient.PLATFORM_ZONE));
        entries.put("systemid", GATEWAY);
        entries.put("Content-Type", "application/octet-stream");
        entries.put("from", "000.00.13.H53");
        entries.put("messagetype", "edoc");
        entries.put("hash-file", hashFile);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.endpoint() + "/sendEdoc"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(PACKAGE));
        VdxpSignature.sign(entries, GATEWAY_SECRET).headers().forEach(h -> request.header(h.getKey(), h.getValue()));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static VdxpClient client(String secret) {
        return new VdxpClient(name -> "SIM_VDXP_SECRET".equals(name) ? secret : null, Clock.systemUTC());
    }

    private ConnectorDefinition connector() {
        return new ConnectorDefinition("truc-quoc-gia", "Trục liên thông văn bản quốc gia", List.of(GOVERNMENT_OFFICE),
                TransportType.of("vdxp"), URI.create(platform.endpoint()), null, RetryPolicy.DEFAULT,
                SignatureVerifyMode.DEFAULT, false, Timeouts.DEFAULT, 1, null,
                Map.of("system-id", GATEWAY, "secret-env", "SIM_VDXP_SECRET"), null, ConnectorLimits.NONE, null,
                PdfSignatureMode.DEFAULT, new VdxpSettings(GATEWAY, "SIM_VDXP_SECRET"));
    }
}
