package vn.lienthong.simulators;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A clerk at a receiving agency: answers every document received with status 01 at once, then, after a short
 * delay, 03 (entered in the register) or 02 (rejected, with a reason), posted through the gateway's
 * {@code POST /api/v1/statuses} like a real e-office does; a share of documents is answered late, both times.
 */
public class ClerkBehaviour implements Consumer<byte[]>, AutoCloseable {

    /** What the clerk posted and what the gateway answered. */
    public record PostedStatus(String documentId, String statusCode, int httpStatus, String answer) {
    }

    private static final List<String> REJECT_REASONS = List.of(
            "Văn bản gửi nhầm đơn vị, đề nghị kiểm tra lại nơi nhận",
            "Văn bản thiếu chữ ký số của người có thẩm quyền",
            "Tệp đính kèm không mở được, đề nghị gửi lại");

    private final URI statusesUri;
    private final ClerkProfile profile;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    // One thread keeps each document's 01 ahead of its 03 or 02; the delay is the clerk's, not a test's wait.
    private final ScheduledExecutorService clerk = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "clerk");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<String> answered = ConcurrentHashMap.newKeySet();
    private final List<PostedStatus> posted = new CopyOnWriteArrayList<>();
    private volatile Consumer<PostedStatus> listener = p -> { };

    public ClerkBehaviour(String gatewayBaseUrl, ClerkProfile profile) {
        this.statusesUri = URI.create(gatewayBaseUrl.replaceAll("/+$", "") + "/api/v1/statuses");
        this.profile = profile;
    }

    public ClerkProfile profile() {
        return profile;
    }

    /** Called for every status posted, e.g. to print it. */
    public void onPosted(Consumer<PostedStatus> listener) {
        this.listener = listener;
    }

    /** Every status posted so far, in order. */
    public List<PostedStatus> posted() {
        return List.copyOf(posted);
    }

    /** Answers a received document; status packages and a re-delivered document are not answered again. */
    @Override
    public void accept(byte[] body) {
        EdxmlFields document = EdxmlFields.read(body);
        if (document.isStatus() || !answered.add(document.documentId())) {
            return;
        }
        boolean late = ThreadLocalRandom.current().nextDouble() < profile.lateFraction();
        long arrived = late ? profile.lateDelay().toMillis() : 0;
        long handled = arrived + (late ? profile.lateDelay() : profile.registerDelay()).toMillis();
        clerk.schedule(() -> post(document, "01", "Văn bản đã đến, chờ văn thư xử lý"), arrived, TimeUnit.MILLISECONDS);
        if (rejects(document)) {
            String reason = REJECT_REASONS.get(Math.floorMod(document.documentId().hashCode(), REJECT_REASONS.size()));
            clerk.schedule(() -> post(document, "02", reason), handled, TimeUnit.MILLISECONDS);
        } else {
            clerk.schedule(() -> post(document, "03", "Đã tiếp nhận và vào sổ văn bản đến"), handled,
                    TimeUnit.MILLISECONDS);
        }
    }

    private boolean rejects(EdxmlFields document) {
        boolean marked = document.subject() != null && profile.rejectMarker() != null
                && document.subject().contains(profile.rejectMarker());
        return marked || ThreadLocalRandom.current().nextDouble() < profile.rejectFraction();
    }

    private void post(EdxmlFields document, String code, String description) {
        HttpRequest request = HttpRequest.newBuilder(statusesUri)
                .timeout(Duration.ofSeconds(10))
                .header("X-API-Key", profile.apiKey())
                .header("Content-Type", "application/xml; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(StatusPackages.answer(profile, document, code, description)))
                .build();
        PostedStatus result;
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            result = new PostedStatus(document.documentId(), code, response.statusCode(), response.body());
        } catch (IOException e) {
            result = new PostedStatus(document.documentId(), code, 0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        posted.add(result);
        listener.accept(result);
    }

    @Override
    public void close() {
        clerk.shutdownNow();
    }
}
