package vn.lienthong.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.lienthong.connectors.spi.DeliveryOutcome;
import vn.lienthong.connectors.spi.OutboundDelivery;
import vn.lienthong.gateway.signature.SignatureOutcome;
import vn.lienthong.gateway.signature.attachment.AttachmentReport;
import vn.lienthong.gateway.signature.attachment.AttachmentSignatures;
import vn.lienthong.signatures.pdf.PdfReport;
import vn.lienthong.signatures.pdf.PdfSignatureReport;

/** The behaviour the store must have on every database it supports; one subclass per database. */
// The process stage reads a large received package back into a spool file under the data directory.
@TestPropertySource(properties = "lienthong.data-dir=target/store-it-data")
abstract class StoreContract {

    private static final String DEPARTMENT = "000.00.13.H53";
    /** Two gateway instances sharing the store. */
    private static final String INSTANCE_A = "may-chu-1:/srv/lienthong";
    private static final String INSTANCE_B = "may-chu-2:/srv/lienthong";

    @Autowired
    MessageStore messages;
    @Autowired
    DeliveryStore deliveries;
    @Autowired
    DocumentQueries queries;
    @Autowired
    StatusStore statuses;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcessWorkStore processWork;
    @Autowired
    ProcessCompletion processCompletion;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Test
    void acceptStoresTheBytesExactlyWithMessageDeliveriesAndRecipients() {
        byte[] bytes = "<edXML>Về việc tổ chức kỳ thi chọn học sinh giỏi</edXML>".getBytes(StandardCharsets.UTF_8);
        NewMessage message = newMessage(bytes, List.of(
                new NewMessage.Route("phong-gddt-thach-ha", List.of("000.20.31.H53", "000.21.31.H53")),
                new NewMessage.Route("bo-gddt", List.of("000.00.00.G03"))));

        AcceptedMessage accepted = acceptedAndProcessed(message, null);

        assertThat(accepted.deliveries()).hasSize(2);
        byte[] stored = jdbc.sql("select content from packages where message_id = ?").param(accepted.id())
                .query((rs, n) -> rs.getBytes(1)).single();
        assertThat(stored).isEqualTo(bytes);
        DocumentView view = queries.find(accepted.id()).orElseThrow();
        assertThat(view.subject()).isEqualTo("Về việc tổ chức kỳ thi chọn học sinh giỏi");
        assertThat(view.documentNumber()).isEqualTo(message.codeNumber() + "/QĐ-SGDĐT");
        assertThat(view.recipients()).extracting(DocumentView.Recipient::agency)
                .containsExactly("000.20.31.H53", "000.21.31.H53", "000.00.00.G03");
        assertThat(view.state()).isEqualTo("ACCEPTED");
        assertThat(view.history()).extracting(DocumentView.Event::type).containsExactly("RECEIVED");
        assertThat(messages.findDuplicate(DEPARTMENT, message.documentId(), message.packageSha256()))
                .map(AcceptedMessage::id).contains(accepted.id());
    }

    @Test
    void aSpooledPackageAndItsSignedCopyAreStreamedInAndOutByteExact(@TempDir Path spool) throws IOException {
        SpooledContent received = spooled(spool.resolve("received.xml"), 8 * 1024 * 1024, 1);
        SpooledContent sent = spooled(spool.resolve("sent.xml"), 8 * 1024 * 1024 + 3_000, 2);
        NewMessage base = newMessage(new byte[0], oneRoute());
        NewMessage message = new NewMessage(base.kind(), base.channel(), base.senderConnector(), base.senderAgency(),
                base.documentId(), base.codeNumber(), base.codeNotation(), base.subject(), received,
                received.sha256(), now, base.routes(), base.signature(), false, null, null);

        AcceptedMessage accepted = acceptedAndProcessed(message, sent);

        assertThat(storedSha256(accepted.id(), "RECEIVED")).isEqualTo(received.sha256());
        assertThat(storedSha256(accepted.id(), "SENT")).isEqualTo(sent.sha256());
        QueuedDelivery queued = accepted.deliveries().get(0);
        assertThat(deliveries.packageSize(queued.deliveryId())).isEqualTo(sent.size());
        OutboundDelivery claimed = deliveries.claim(queued.deliveryId(), 0, now, now.plusSeconds(60), INSTANCE_A).orElseThrow();
        assertThat(PackageDigest.sha256Hex(claimed.packageBytes())).isEqualTo(sent.sha256());
    }

    @Test
    void theSamePackageTwiceViolatesTheDuplicateKey() {
        NewMessage message = newMessage("<edXML/>".getBytes(StandardCharsets.UTF_8), oneRoute());
        messages.accept(message);

        assertThatThrownBy(() -> messages.accept(message)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void aFailureInsideTheTransactionLeavesNoRowBehind() {
        String tooLongConnectorId = "x".repeat(200);
        NewMessage message = newMessage("<edXML/>".getBytes(StandardCharsets.UTF_8),
                List.of(new NewMessage.Route(tooLongConnectorId, List.of("000.20.31.H53"))));

        assertThatThrownBy(() -> messages.accept(message)).isInstanceOf(DataIntegrityViolationException.class);

        assertThat(jdbc.sql("select count(*) from messages where document_id = ?").param(message.documentId())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from packages p join messages m on m.id = p.message_id "
                + "where m.document_id = ?").param(message.documentId()).query(Long.class).single()).isZero();
    }

    @Test
    void aDeliveryIsClaimedOnceAndAStaleTicketGetsNothing() {
        QueuedDelivery queued = acceptedAndProcessed(newMessage("<edXML/>".getBytes(StandardCharsets.UTF_8), oneRoute()))
                .deliveries().get(0);

        var first = deliveries.claim(queued.deliveryId(), 0, now, now.plusSeconds(60), INSTANCE_A);
        var second = deliveries.claim(queued.deliveryId(), 0, now, now.plusSeconds(60), INSTANCE_A);

        assertThat(first).isPresent();
        assertThat(first.get().attemptNumber()).isEqualTo(1);
        assertThat(first.get().packageBytes()).isEqualTo("<edXML/>".getBytes(StandardCharsets.UTF_8));
        assertThat(first.get().recipientAgencies()).containsExactly("000.20.31.H53");
        assertThat(second).isEmpty();
    }

    @Test
    void aTransientFailureSchedulesTheNextAttemptAndSuccessDeliversTheMessage() {
        AcceptedMessage accepted = acceptedAndProcessed(newMessage("<edXML/>".getBytes(StandardCharsets.UTF_8), oneRoute()));
        String deliveryId = accepted.deliveries().get(0).deliveryId();
        OutboundDelivery attempt1 = deliveries.claim(deliveryId, 0, now, now.plusSeconds(60), INSTANCE_A)
                .orElseThrow();
        Instant retryAt = now.plusSeconds(2);

        deliveries.recordAttempt(attempt1, DeliveryOutcome.transientFailure(503, "HTTP 503"), now, now,
                DeliveryState.RETRYING, retryAt, INSTANCE_A);

        assertThat(deliveries.claim(deliveryId, 1, now, now.plusSeconds(60), INSTANCE_A)).as("not due yet").isEmpty();
        assertThat(deliveries.findStalled(retryAt.plusSeconds(1))).extracting(QueuedDelivery::deliveryId)
                .contains(deliveryId);
        OutboundDelivery attempt2 = deliveries.claim(deliveryId, 1, retryAt, retryAt.plusSeconds(60), INSTANCE_A)
                .orElseThrow();
        deliveries.recordAttempt(attempt2, DeliveryOutcome.accepted(202, "HTTP 202"), retryAt, retryAt,
                DeliveryState.DELIVERED, null, INSTANCE_A);

        DocumentView view = queries.find(accepted.id()).orElseThrow();
        assertThat(view.state()).isEqualTo("DELIVERED");
        assertThat(view.recipients().get(0).attempts()).extracting(DocumentView.Attempt::httpStatus)
                .containsExactly(503, 202);
    }

    @Test
    void anAttemptCutShortByACrashIsRecordedAndDueAgain() {
        AcceptedMessage accepted = acceptedAndProcessed(newMessage("<edXML/>".getBytes(StandardCharsets.UTF_8), oneRoute()));
        String deliveryId = accepted.deliveries().get(0).deliveryId();
        deliveries.claim(deliveryId, 0, now, now.plus(Duration.ofMinutes(5)), INSTANCE_A).orElseThrow();

        var released = deliveries.releaseExpiredLeases(now.plus(Duration.ofMinutes(6)));

        assertThat(released).extracting(QueuedDelivery::deliveryId).contains(deliveryId);
        DocumentView view = queries.find(accepted.id()).orElseThrow();
        assertThat(view.recipients().get(0).deliveryState()).isEqualTo("RETRYING");
        assertThat(view.recipients().get(0).attempts()).extracting(DocumentView.Attempt::outcome)
                .containsExactly("INTERRUPTED");
        assertThat(deliveries.claim(deliveryId, 1, now.plus(Duration.ofMinutes(6)), now.plus(Duration.ofMinutes(11)),
                INSTANCE_A))
                .isPresent();
    }

    /** What the store hands back, digested as it streams out, never as one array. */
    private String storedSha256(String messageId, String direction) {
        return jdbc.sql("select content from packages where message_id = ? and direction = ?")
                .params(messageId, direction)
                .query((rs, n) -> {
                    try (InputStream in = rs.getBinaryStream(1)) {
                        MessageDigest digest = MessageDigest.getInstance("SHA-256");
                        in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
                        return HexFormat.of().formatHex(digest.digest());
                    } catch (IOException | NoSuchAlgorithmException e) {
                        throw new IllegalStateException(e);
                    }
                }).single();
    }

    /** A package-sized file of varied bytes (every byte value, so no encoding can pass unnoticed), digested. */
    private static SpooledContent spooled(Path file, int size, int seed) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        new Random(seed).nextBytes(chunk);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int written = 0; written < size; written += chunk.length) {
                out.write(chunk, 0, Math.min(chunk.length, size - written));
            }
        }
        return new SpooledContent(file, size, PackageDigest.sha256Hex(Files.readAllBytes(file)));
    }

    @Test
    void anInstanceStartingAgainReleasesOnlyTheAttemptsItLeftInFlight() {
        String ofA = claimedBy(INSTANCE_A, now.plus(Duration.ofMinutes(5)));
        String ofB = claimedBy(INSTANCE_B, now.plus(Duration.ofMinutes(5)));

        var released = deliveries.releaseLeasesOf(INSTANCE_B, now);

        assertThat(released).extracting(QueuedDelivery::deliveryId).contains(ofB).doesNotContain(ofA);
        assertThat(deliveries.describe(ofA)).startsWith("IN_FLIGHT");
        assertThat(deliveries.describe(ofB)).startsWith("RETRYING");
        assertThat(deliveries.claim(ofB, 1, now, now.plusSeconds(60), INSTANCE_B)).isPresent();
    }

    @Test
    void twoInstancesReleasingOneExpiredLeaseRecordOneInterruption() {
        String deliveryId = claimedBy(INSTANCE_A, now.plusSeconds(10));
        Instant later = now.plusSeconds(20);

        var first = deliveries.releaseExpiredLeases(later);
        var second = deliveries.releaseExpiredLeases(later);

        assertThat(first).extracting(QueuedDelivery::deliveryId).contains(deliveryId);
        assertThat(second).extracting(QueuedDelivery::deliveryId).doesNotContain(deliveryId);
        assertThat(jdbc.sql("select count(*) from attempts where delivery_id = ? and outcome = 'INTERRUPTED'")
                .param(deliveryId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anOutcomeArrivingAfterAnotherInstanceClaimedTheDeliveryMovesNothing() {
        AcceptedMessage accepted = acceptedAndProcessed(newMessage("<edXML/>".getBytes(StandardCharsets.UTF_8), oneRoute()));
        String deliveryId = accepted.deliveries().get(0).deliveryId();
        OutboundDelivery slow = deliveries.claim(deliveryId, 0, now, now.plusSeconds(10), INSTANCE_A).orElseThrow();
        Instant later = now.plusSeconds(20);
        deliveries.releaseExpiredLeases(later);
        deliveries.claim(deliveryId, 1, later, later.plusSeconds(60), INSTANCE_B).orElseThrow();

        boolean moved = deliveries.recordAttempt(slow, DeliveryOutcome.accepted(202, "HTTP 202"), now, later,
                DeliveryState.DELIVERED, null, INSTANCE_A);

        assertThat(moved).isFalse();
        assertThat(deliveries.describe(deliveryId)).startsWith("IN_FLIGHT after 2 attempts");
        assertThat(jdbc.sql("select instance_id from attempts where delivery_id = ? and outcome = 'ACCEPTED'")
                .param(deliveryId).query(String.class).list()).containsExactly(INSTANCE_A);
        assertThat(jdbc.sql("select lease_owner from deliveries where id = ?").param(deliveryId)
                .query(String.class).single()).isEqualTo(INSTANCE_B);
    }

    @Test
    void theDeliveriesOfOneMessageFinishingAtOnceNeverDeadlock() throws Exception {
        List<NewMessage.Route> twoRoutes = List.of(
                new NewMessage.Route("phong-gddt-thach-ha", List.of("000.20.31.H53")),
                new NewMessage.Route("bo-gddt", List.of("000.00.00.G03")));
        ExecutorService recorders = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                AcceptedMessage accepted = acceptedAndProcessed(newMessage(
                        ("<edXML>" + round + "</edXML>").getBytes(StandardCharsets.UTF_8), twoRoutes));
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Boolean>> finished = accepted.deliveries().stream().map(queued -> recorders.submit(() -> {
                    OutboundDelivery attempt = deliveries.claim(queued.deliveryId(), 0, now, now.plusSeconds(60),
                            INSTANCE_A).orElseThrow();
                    together.await(10, TimeUnit.SECONDS);
                    return deliveries.recordAttempt(attempt, DeliveryOutcome.accepted(202, "HTTP 202"), now, now,
                            DeliveryState.DELIVERED, null, INSTANCE_A);
                })).toList();
                for (Future<Boolean> each : finished) {
                    assertThat(each.get(30, TimeUnit.SECONDS)).isTrue();
                }
                assertThat(queries.find(accepted.id()).orElseThrow().state()).isEqualTo("DELIVERED");
            }
        } finally {
            recorders.shutdownNow();
        }
    }

    @Test
    void aDeliveredDocumentOpensDeadlinesThatTheRecipientsStatusesClose() {
        String district = "000.20.31.H53";
        String school = "000.21.31.H53";
        byte[] header = ("<edXML:edXML xmlns:edXML=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"><edXML:edXMLEnvelope>"
                + "<edXML:edXMLHeader><edXML:MessageHeader><edXML:To><edXML:OrganId>" + district + "</edXML:OrganId>"
                + "<edXML:OrganName>Phòng Giáo dục và Đào tạo huyện Thạch Hà</edXML:OrganName></edXML:To>"
                + "<edXML:DueDate>2026/12/05</edXML:DueDate><edXML:OtherInfo><edXML:Priority>1</edXML:Priority>"
                + "</edXML:OtherInfo></edXML:MessageHeader></edXML:edXMLHeader></edXML:edXMLEnvelope></edXML:edXML>")
                .getBytes(StandardCharsets.UTF_8);
        AcceptedMessage accepted = acceptedAndProcessed(newMessage(header,
                List.of(new NewMessage.Route("phong-gddt-thach-ha", List.of(district, school)))));
        String deliveryId = accepted.deliveries().get(0).deliveryId();
        OutboundDelivery attempt = deliveries.claim(deliveryId, 0, now, now.plusSeconds(60), INSTANCE_A).orElseThrow();
        // The district's 01 overtakes the record of the delivery: the deadline opens already answered.
        statuses.accept(statusMessage(district), new NewStatus(accepted.id(), district, "01", null, null, null));

        deliveries.recordAttempt(attempt, DeliveryOutcome.accepted(202, "HTTP 202"), now, now,
                DeliveryState.DELIVERED, null, INSTANCE_A);
        statuses.accept(statusMessage(school, now.plus(Duration.ofDays(30))),
                new NewStatus(accepted.id(), school, "02", "Văn bản gửi nhầm đơn vị", null, null));

        assertThat(deadline(accepted.id(), district, "ACKNOWLEDGEMENT")).isEqualTo("ON_TIME 01 priority 1");
        assertThat(deadline(accepted.id(), district, "REGISTRATION")).isEqualTo("OPEN null priority 1");
        assertThat(deadline(accepted.id(), district, "HANDLING")).isEqualTo("OPEN null priority 1");
        assertThat(deadline(accepted.id(), school, "ACKNOWLEDGEMENT")).isEqualTo("LATE 02 priority 1");
        assertThat(deadline(accepted.id(), school, "REGISTRATION")).isEqualTo("LATE 02 priority 1");
        assertThat(deadline(accepted.id(), school, "HANDLING")).isEqualTo("CANCELLED 02 priority 1");
        assertThat(jdbc.sql("select recipient_name from deadlines where message_id = ? and recipient_agency = ? "
                        + "and kind = 'HANDLING'").params(accepted.id(), district).query(String.class).single())
                .isEqualTo("Phòng Giáo dục và Đào tạo huyện Thạch Hà");
        assertThat(jdbc.sql("select due_at from deadlines where message_id = ? and recipient_agency = ? "
                        + "and kind = 'HANDLING'").params(accepted.id(), district)
                .query((rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant()).single())
                .isEqualTo(Instant.parse("2026-12-05T16:59:59Z"));
    }

    private String deadline(String messageId, String agency, String kind) {
        return jdbc.sql("select state, answer_code, priority from deadlines where message_id = ? "
                        + "and recipient_agency = ? and kind = ?")
                .params(messageId, agency, kind)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " priority " + rs.getInt(3)).single();
    }

    private NewMessage statusMessage(String agency) {
        return statusMessage(agency, now);
    }

    private NewMessage statusMessage(String agency, Instant at) {
        String id = UUID.randomUUID().toString();
        return new NewMessage("STATUS", "REST", "phong-gddt-thach-ha", agency, id, null, null, "01",
                PackageContent.of("<edXML/>".getBytes(StandardCharsets.UTF_8)),
                UUID.randomUUID().toString().replace("-", "") + "0".repeat(32), at,
                List.of(new NewMessage.Route("so-gddt-ha-tinh", List.of(DEPARTMENT))),
                new SignatureOutcome("UNSIGNED", "package carries no Signature", null, at), false, null, null);
    }

    private String claimedBy(String instance, Instant leaseUntil) {
        String deliveryId = acceptedAndProcessed(newMessage("<edXML/>".getBytes(StandardCharsets.UTF_8), oneRoute()))
                .deliveries().get(0).deliveryId();
        deliveries.claim(deliveryId, 0, now, leaseUntil, instance).orElseThrow();
        return deliveryId;
    }

    @Test
    void intakeLeavesWorkForTheProcessStageAndTheRecipientsPending() {
        AcceptedMessage accepted = messages.accept(newMessage("<edXML>Công văn</edXML>".getBytes(StandardCharsets.UTF_8),
                oneRoute()));

        assertThat(accepted.deliveries()).isEmpty();
        assertThat(jdbc.sql("select count(*) from deliveries where message_id = ?").param(accepted.id())
                .query(Long.class).single()).isZero();
        assertThat(processWork.waitingSince(now.plusSeconds(1))).contains(accepted.id());
        DocumentView view = queries.find(accepted.id()).orElseThrow();
        assertThat(view.state()).isEqualTo("ACCEPTED");
        assertThat(view.recipients()).extracting(DocumentView.Recipient::agency, DocumentView.Recipient::deliveryState)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("000.20.31.H53", "PENDING"));
    }

    @Test
    void processingTheSameWorkTwiceCreatesTheDeliveriesOnce() {
        AcceptedMessage accepted = messages.accept(newMessage("<edXML/>".getBytes(StandardCharsets.UTF_8), oneRoute()));
        ProcessWork first = processWork.find(accepted.id()).orElseThrow();
        ProcessWork redelivered = processWork.find(accepted.id()).orElseThrow();

        assertThat(processCompletion.complete(first, null, now)).hasSize(1);
        assertThat(processCompletion.complete(redelivered, null, now)).isEmpty();

        assertThat(jdbc.sql("select count(*) from deliveries where message_id = ?").param(accepted.id())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(processWork.find(accepted.id())).isEmpty();
        assertThat(processWork.waitingSince(now.plusSeconds(1))).doesNotContain(accepted.id());
    }

    @Test
    void aMessageTheProcessStageGivesUpOnIsFailedWithItsReasonUntilReplayed() {
        AcceptedMessage accepted = messages.accept(newMessage("<edXML/>".getBytes(StandardCharsets.UTF_8), oneRoute()));

        assertThat(processWork.fail(accepted.id(), "cannot sign the package: khóa không dùng được", now)).isTrue();

        DocumentView failed = queries.find(accepted.id()).orElseThrow();
        assertThat(failed.state()).isEqualTo("FAILED");
        assertThat(failed.failureReason()).isEqualTo("cannot sign the package: khóa không dùng được");
        assertThat(failed.history()).extracting(DocumentView.Event::type).contains("PROCESS_FAILED");
        assertThat(processWork.find(accepted.id())).isEmpty();
        assertThat(processWork.reopen(accepted.id(), "replayed by admin: khóa đã thay", now)).isTrue();
        assertThat(queries.find(accepted.id()).orElseThrow().state()).isEqualTo("ACCEPTED");
        assertThat(processWork.find(accepted.id())).isPresent();
    }

    /** Intake's commit followed by the process stage's, as the two stages do it. */
    private AcceptedMessage acceptedAndProcessed(NewMessage message) {
        return acceptedAndProcessed(message, null);
    }

    private AcceptedMessage acceptedAndProcessed(NewMessage message, PackageContent sent) {
        AcceptedMessage accepted = messages.accept(message);
        try (ProcessWork work = processWork.find(accepted.id()).orElseThrow()) {
            return new AcceptedMessage(accepted.id(), accepted.state(), false,
                    processCompletion.complete(work, sent, message.receivedAt()));
        }
    }

    private static List<NewMessage.Route> oneRoute() {
        return List.of(new NewMessage.Route("phong-gddt-thach-ha", List.of("000.20.31.H53")));
    }

    private NewMessage newMessage(byte[] bytes, List<NewMessage.Route> routes) {
        String number = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000));
        return new NewMessage("DOCUMENT", "REST", "so-gddt-ha-tinh", DEPARTMENT,
                DEPARTMENT + ",2026/11/20," + number + "/QĐ-SGDĐT", number, "QĐ-SGDĐT",
                "Về việc tổ chức kỳ thi chọn học sinh giỏi", PackageContent.of(bytes),
                UUID.randomUUID().toString().replace("-", "") + "0".repeat(32), now, routes,
                new SignatureOutcome("UNSIGNED", "package carries no Signature", null, now), false, null, null);
    }

    @Test
    void pdfSignatureReportsAreStoredWithTheMessageAndReadBackWithItsSummary() {
        NewMessage base = newMessage(new byte[0], oneRoute());
        var tampered = new PdfSignatureReport(1, "Signature1", "adbe.pkcs7.detached", "Lê Thị Thu Hà",
                "CN=Lê Thị Thu Hà,T=Giám đốc", "CN=Lienthong Test Intermediate CA", "1389", now, null, null, now,
                PdfSignatureReport.Coverage.WHOLE_DOCUMENT, 146_857, false,
                "message digest mismatch: the signed bytes were changed after signing", List.of());
        var report = new PdfReport(PdfReport.Outcome.INVALID, "signature 1 (Lê Thị Thu Hà): message digest mismatch",
                146_857, List.of(tampered));
        var pdfs = AttachmentSignatures.of(List.of(new AttachmentReport(1, "123_QĐ-SGDĐT.pdf", "qd-123", report)));

        String id = messages.accept(new NewMessage(base.kind(), base.channel(), base.senderConnector(),
                base.senderAgency(), base.documentId(), base.codeNumber(), base.codeNotation(), base.subject(),
                base.received(), base.packageSha256(), now, base.routes(), base.signature(), false, pdfs, null)).id();

        DocumentView view = queries.find(id).orElseThrow();
        assertThat(view.pdfSignatures()).isEqualTo("SIGNED_INVALID");
        assertThat(view.attachments()).singleElement().satisfies(pdf -> {
            assertThat(pdf.name()).isEqualTo("123_QĐ-SGDĐT.pdf");
            assertThat(pdf.outcome()).isEqualTo("INVALID");
            assertThat(pdf.signatures()).singleElement().satisfies(signature -> {
                assertThat(signature.signerName()).isEqualTo("Lê Thị Thu Hà");
                assertThat(signature.valid()).isFalse();
                assertThat(signature.claimedSigningTime()).isEqualTo(now);
                assertThat(signature.reason()).startsWith("message digest mismatch");
            });
        });
    }
}
