package vn.lienthong.simulators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulated clerk answers 01 then 03, or 02 with a reason for a marked subject, through the statuses API. */
class ClerkBehaviourTest {

    private final List<byte[]> statuses = new CopyOnWriteArrayList<>();
    private final List<String> apiKeys = new CopyOnWriteArrayList<>();
    private HttpServer gateway;
    private ClerkBehaviour clerk;

    @BeforeEach
    void startAGatewayStandIn() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
        gateway.createContext("/api/v1/statuses", exchange -> {
            try (exchange) {
                statuses.add(exchange.getRequestBody().readAllBytes());
                apiKeys.add(exchange.getRequestHeaders().getFirst("X-API-Key"));
                exchange.sendResponseHeaders(202, -1);
            }
        });
        gateway.start();
        clerk = new ClerkBehaviour("http://127.0.0.1:" + gateway.getAddress().getPort() + "/",
                new ClerkProfile("000.20.31.H53", "Phòng Giáo dục và Đào tạo huyện Thạch Hà", "Trần Thị Bình",
                        "khoa-thach-ha", Duration.ofMillis(100), 0.0, ClerkProfile.DEFAULT_REJECT_MARKER));
    }

    @AfterEach
    void stop() {
        clerk.close();
        gateway.stop(0);
    }

    @Test
    void aDocumentIsAnsweredArrivedThenRegisteredOnce() {
        byte[] document = DOCUMENTS.document(7);

        clerk.accept(document);
        clerk.accept(document);

        await().atMost(Duration.ofSeconds(10)).until(() -> statuses.size() >= 2);
        List<EdxmlFields> answers = statuses.stream().map(EdxmlFields::read).toList();
        assertThat(answers).extracting(EdxmlFields::statusCode).containsExactly("01", "03");
        assertThat(answers).allSatisfy(status -> {
            assertThat(status.senderId()).isEqualTo("000.20.31.H53");
            assertThat(status.responseForDocumentId()).isEqualTo(EdxmlFields.read(document).documentId());
        });
        assertThat(new String(statuses.get(1), StandardCharsets.UTF_8))
                .contains("<edXML:Staff>Trần Thị Bình</edXML:Staff>")
                .contains("<edXML:Code>7/CV-SGDĐT</edXML:Code>");
        assertThat(apiKeys).containsOnly("khoa-thach-ha");
        assertThat(clerk.posted()).extracting(ClerkBehaviour.PostedStatus::httpStatus).containsOnly(202);
    }

    @Test
    void aMarkedSubjectIsRejectedWithAVietnameseReason() {
        String subject = DOCUMENTS.subject(8);
        byte[] marked = new String(DOCUMENTS.document(8), StandardCharsets.UTF_8)
                .replace(subject, subject + " " + ClerkProfile.DEFAULT_REJECT_MARKER).getBytes(StandardCharsets.UTF_8);

        clerk.accept(marked);

        await().atMost(Duration.ofSeconds(10)).until(() -> statuses.size() >= 2);
        EdxmlFields rejection = EdxmlFields.read(statuses.get(1));
        assertThat(rejection.statusCode()).isEqualTo("02");
        assertThat(rejection.description()).isNotBlank().containsPattern("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]");
    }

    @Test
    void aStatusPackageIsNotAnswered() {
        EdxmlFields document = EdxmlFields.read(DOCUMENTS.document(9));
        byte[] status = StatusPackages.answer(clerk.profile(), document, "03", "Đã tiếp nhận và vào sổ văn bản đến");

        clerk.accept(status);
        clerk.accept(DOCUMENTS.document(10));

        await().atMost(Duration.ofSeconds(10)).until(() -> statuses.size() >= 2);
        assertThat(statuses).extracting(b -> EdxmlFields.read(b).responseForDocumentId())
                .allSatisfy(id -> assertThat(id).endsWith(",10/CV-SGDĐT"));
    }

    private static final DemoDocuments DOCUMENTS = new DemoDocuments(
            List.of(List.of(new DemoDocuments.Recipient("000.20.31.H53", "Phòng Giáo dục và Đào tạo huyện Thạch Hà"))));

    @Test
    void aLateClerkLeavesTheDocumentWaitingBeforeEachAnswer() {
        clerk.close();
        clerk = new ClerkBehaviour("http://127.0.0.1:" + gateway.getAddress().getPort() + "/",
                new ClerkProfile("000.20.31.H53", "Phòng Giáo dục và Đào tạo huyện Thạch Hà", "Trần Thị Bình",
                        "khoa-thach-ha", Duration.ofMillis(100), 0.0, ClerkProfile.DEFAULT_REJECT_MARKER, 1.0,
                        Duration.ofMillis(400)));
        long start = System.nanoTime();

        clerk.accept(DOCUMENTS.document(10));

        await().atMost(Duration.ofSeconds(10)).until(() -> statuses.size() >= 1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        await().atMost(Duration.ofSeconds(10)).until(() -> statuses.size() >= 2);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(800));
        assertThat(statuses.stream().map(EdxmlFields::read).map(EdxmlFields::statusCode)).containsExactly("01", "03");
    }
}
