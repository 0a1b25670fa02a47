package vn.lienthong.simulators;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./lienthong demo}'s partner side: starts the demo network, waits for the gateway at the given URL to be
 * healthy, then sends documents and answers them until Ctrl-C.
 */
public final class DemoMain {

    private DemoMain() {
    }

    public static void main(String[] args) throws Exception {
        String gatewayUrl = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        DemoNetwork network = DemoNetwork.start(DemoSettings.defaults(), System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(network::close));
        System.out.println("Đối tác mô phỏng đã chạy: Sở :9002 (REST), Phòng GD&ĐT Thạch Hà :9001 (REST), "
                + "Bộ GD&ĐT :9003 (REST), Trường THPT Phan Đình Phùng (thư mục " + DemoSettings.defaults().schoolOutbox()
                + "), Phòng GD&ĐT Can Lộc :9004 (SOAP), Văn phòng Chính phủ qua trục quốc gia :9005 (VDXP), "
                + "Sở Nội vụ qua nền tảng tỉnh :9006 (LGSP), Trường THCS Nguyễn Du (tự lấy văn bản từ hộp thư)");
        System.out.println("Chờ cổng Lienthong tại " + gatewayUrl + " ...");
        awaitHealthy(gatewayUrl);
        System.out.println("Cổng đã sẵn sàng. Ctrl-C để dừng.");
        System.out.println(consoleLogin(gatewayUrl, System.getenv("LIENTHONG_ADMIN_PASSWORD")));
        network.connect(gatewayUrl);
        new CountDownLatch(1).await();
    }

    /** Where the console is and how to log in: the launcher sets the demo admin's password in the environment. */
    static String consoleLogin(String gatewayUrl, String adminPassword) {
        String console = gatewayUrl.replace("127.0.0.1", "localhost").replaceAll("/+$", "") + "/console";
        return adminPassword == null || adminPassword.isEmpty()
                ? "Bảng điều khiển: " + console + " (người dùng admin; mật khẩu in trong data-demo/gateway.log)"
                : "Bảng điều khiển: " + console + "  người dùng: admin  mật khẩu: " + adminPassword
                        + "  (thống kê, hạn trả lời: " + console + "/statistics)";
    }

    /** The gateway's first start builds its database and broker; polling its health is how we know it is up. */
    private static void awaitHealthy(String gatewayUrl) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create(gatewayUrl + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the gateway at " + gatewayUrl + " did not become healthy within 3 minutes");
    }
}
