package vn.lienthong.gateway.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.GatewayIT;
import vn.lienthong.gateway.support.SamplePackages;
import vn.lienthong.simulators.ReceivedPackage;
import vn.lienthong.simulators.ReceivedSoapPackage;
import vn.lienthong.simulators.RestPartnerSimulator;
import vn.lienthong.simulators.SoapPartnerSimulator;
import vn.lienthong.simulators.StallingProxy;
import vn.lienthong.simulators.StallingProxy.Mode;

/**
 * Partners whose servers accept the connection and hang (never answer, or answer the headers and stall the body):
 * the connector's timeouts end every attempt as a transient failure, other connectors keep delivering meanwhile, and
 * once the partner recovers its documents arrive under their one message id. Their connector files join the shared
 * directory with agencies no other test addresses.
 */
class HangingPartnerIT extends GatewayIT {

    private static final String REST_PARTNER = "000.36.31.H53";
    private static final String SOAP_PARTNER = "000.37.31.H53";
    private static final String REST_CONNECTOR = "phong-gddt-huong-son";
    private static final String SOAP_CONNECTOR = "phong-gddt-duc-tho";
    private static final Duration CONNECT = Duration.ofSeconds(1);
    private static final Duration READ = Duration.ofSeconds(2);
    /** Scheduling slack on a busy two-core machine. */
    private static final Duration SLACK = Duration.ofMillis(1500);

    private static final RestPartnerSimulator huongSonSystem;
    private static final SoapPartnerSimulator ducThoSystem;
    private static final StallingProxy huongSonLine;
    private static final StallingProxy ducThoLine;

    static {
        try {
            huongSonSystem = RestPartnerSimulator.start(0);
            ducThoSystem = SoapPartnerSimulator.start(0);
            huongSonLine = StallingProxy.start(huongSonSystem.endpoint(), Mode.PASS);
            ducThoLine = StallingProxy.start(ducThoSystem.endpoint(), Mode.PASS);
            write(REST_CONNECTOR, "Phòng GD&ĐT Hương Sơn", REST_PARTNER, "rest",
                    huongSonLine.endpointFor(huongSonSystem.endpoint()));
            write(SOAP_CONNECTOR, "Phòng GD&ĐT Đức Thọ", SOAP_PARTNER, "soap",
                    ducThoLine.endpointFor(ducThoSystem.endpoint()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(String id, String name, String agency, String transport, String endpoint)
            throws IOException {
        Files.writeString(connectorsDir.resolve(id + ".yaml"), """
                id: %s
                name: "%s"
                agencies: ["%s"]
                transport: %s
                endpoint: "%s"
                retry: { max-attempts: 40, initial-delay: 300ms, multiplier: 1.0, max-delay: 300ms }
                timeouts: { connect: %ds, read: %ds }
                """.formatted(id, name, agency, transport, endpoint, CONNECT.toSeconds(), READ.toSeconds()),
                StandardCharsets.UTF_8);
    }

    @AfterEach
    void partnersAnswerAgain() {
        huongSonLine.mode(Mode.PASS);
        ducThoLine.mode(Mode.PASS);
    }

    @AfterAll
    static void stopPartners() {
        huongSonLine.close();
        ducThoLine.close();
        huongSonSystem.close();
        ducThoSystem.close();
    }

    @Test
    void aSilentRestPartnerTimesOutWhileOthersKeepFlowingAndGetsEverythingOnceBack() {
        huongSonLine.mode(Mode.SILENT);
        List<String> toHangingPartner = List.of(post(documentFor(REST_PARTNER, 7101)),
                post(documentFor(REST_PARTNER, 7102)));
        String toOthers = post(SamplePackages.validDocumentNumbered(7103));

        await().atMost(Duration.ofSeconds(40)).until(() ->
                toHangingPartner.stream().allMatch(id -> attempts(id, REST_CONNECTOR).size() >= 2));
        // Meanwhile the district and the Ministry were served through their own queues.
        assertThat(deliveryState(toOthers, "phong-gddt-thach-ha")).isEqualTo("DELIVERED");
        assertThat(deliveryState(toOthers, "bo-gddt")).isEqualTo("DELIVERED");
        toHangingPartner.forEach(id -> assertThat(deliveryState(id, "bo-gddt")).isEqualTo("DELIVERED"));
        List<AttemptRow> hung = toHangingPartner.stream().flatMap(id -> attempts(id, REST_CONNECTOR).stream()).toList();
        assertEndedByTimeout(hung, READ, "no answer from");

        huongSonLine.mode(Mode.PASS);
        toHangingPartner.forEach(id -> awaitDelivered(id, REST_CONNECTOR));
        List<String> idsReceived = huongSonSystem.received().stream().map(ReceivedPackage::messageId).toList();
        report("silent rest partner", 2, hung, idsReceived.size());
        assertThat(idsReceived).containsExactlyInAnyOrderElementsOf(
                toHangingPartner.stream().map(id -> deliveryId(id, REST_CONNECTOR)).toList());
    }

    @Test
    void aRestPartnerThatStallsItsBodyIsCutOffAtTheWholeCallDeadlineAndRedeliveredUnderTheSameId() {
        huongSonLine.mode(Mode.HEADERS_THEN_STALL);
        String id = post(documentFor(REST_PARTNER, 7201));

        await().atMost(Duration.ofSeconds(40)).until(() -> attempts(id, REST_CONNECTOR).size() >= 2);
        List<AttemptRow> stalled = attempts(id, REST_CONNECTOR);
        assertEndedByTimeout(stalled, CONNECT.plus(READ), "no answer from");

        huongSonLine.mode(Mode.PASS);
        awaitDelivered(id, REST_CONNECTOR);
        // The partner got the package on every stalled attempt too: a receiver drops them by their one id.
        List<String> idsReceived = huongSonSystem.received().stream()
                .filter(p -> new String(p.body(), StandardCharsets.UTF_8).contains(">7201<"))
                .map(ReceivedPackage::messageId).toList();
        report("rest partner stalling its body", 1, stalled, idsReceived.size());
        assertThat(idsReceived).hasSizeGreaterThanOrEqualTo(3).containsOnly(deliveryId(id, REST_CONNECTOR));
    }

    @Test
    void aSoapPartnerThatHangsOrStallsTimesOutAndGetsTheDocumentOnceBack() {
        ducThoLine.mode(Mode.SILENT);
        String id = post(documentFor(SOAP_PARTNER, 7301));
        await().atMost(Duration.ofSeconds(40)).until(() -> attempts(id, SOAP_CONNECTOR).size() >= 2);
        ducThoLine.mode(Mode.HEADERS_THEN_STALL);
        int silentAttempts = attempts(id, SOAP_CONNECTOR).size();
        await().atMost(Duration.ofSeconds(40)).until(() -> attempts(id, SOAP_CONNECTOR).size() >= silentAttempts + 2);
        List<AttemptRow> hung = attempts(id, SOAP_CONNECTOR);
        assertEndedByTimeout(hung, CONNECT.plus(READ), "");
        assertThat(deliveryState(id, "bo-gddt")).isEqualTo("DELIVERED");

        ducThoLine.mode(Mode.PASS);
        awaitDelivered(id, SOAP_CONNECTOR);
        List<String> idsReceived = ducThoSystem.received().stream().map(ReceivedSoapPackage::soapMessageId).toList();
        report("soap partner hanging, then stalling", 1, hung, idsReceived.size());
        assertThat(idsReceived).isNotEmpty().containsOnly(deliveryId(id, SOAP_CONNECTOR));
    }

    /** Every attempt failed transiently, and none lasted longer than the timeout that should have ended it. */
    private static void assertEndedByTimeout(List<AttemptRow> attempts, Duration limit, String detailStart) {
        assertThat(attempts).allSatisfy(attempt -> {
            assertThat(attempt.outcome()).isEqualTo("TRANSIENT_FAILURE");
            assertThat(attempt.detail()).startsWith(detailStart);
            assertThat(attempt.duration()).as("attempt %d: %s", attempt.number(), attempt.detail())
                    .isLessThanOrEqualTo(limit.plus(SLACK));
        });
    }

    private static void report(String fault, int documents, List<AttemptRow> failed, int received) {
        System.out.printf("hanging partner (%s): documents=%d timed-out attempts=%d longest=%dms received once back=%d "
                        + "lost=0%n", fault, documents, failed.size(),
                failed.stream().mapToLong(a -> a.duration().toMillis()).max().orElse(0), received);
    }

    private String post(byte[] document) {
        return JsonPath.read(postDocument(document, ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.id");
    }

    /** The renumbered sample addressed to {@code agency} instead of the district office. */
    private static byte[] documentFor(String agency, int number) {
        return new String(SamplePackages.validDocumentNumbered(number), StandardCharsets.UTF_8)
                .replace(DISTRICT, agency).getBytes(StandardCharsets.UTF_8);
    }

    private void awaitDelivered(String id, String connector) {
        await().atMost(Duration.ofSeconds(30)).until(() -> "DELIVERED".equals(deliveryState(id, connector)));
    }

    private String deliveryState(String messageId, String connector) {
        awaitProcessed(messageId);
        return jdbc.sql("select state from deliveries where message_id = ? and connector_id = ?")
                .params(messageId, connector).query(String.class).single();
    }

    private String deliveryId(String messageId, String connector) {
        awaitProcessed(messageId);
        return jdbc.sql("select id from deliveries where message_id = ? and connector_id = ?")
                .params(messageId, connector).query(String.class).single();
    }

    private List<AttemptRow> attempts(String messageId, String connector) {
        return jdbc.sql("""
                        select a.attempt_no, a.outcome, a.started_at, a.finished_at, a.detail
                        from attempts a join deliveries d on d.id = a.delivery_id
                        where d.message_id = ? and d.connector_id = ? order by a.attempt_no""")
                .params(messageId, connector)
                .query((row, n) -> new AttemptRow(row.getInt("attempt_no"), row.getString("outcome"),
                        Duration.between(row.getObject("started_at", OffsetDateTime.class),
                                row.getObject("finished_at", OffsetDateTime.class)),
                        row.getString("detail")))
                .list();
    }

    private record AttemptRow(int number, String outcome, Duration duration, String detail) {
    }
}
