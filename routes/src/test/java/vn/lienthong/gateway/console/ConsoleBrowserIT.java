package vn.lienthong.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.GatewayIT;
import vn.lienthong.gateway.support.PdfPackages;
import vn.lienthong.gateway.support.SamplePackages;

/**
 * An operator in a real browser (headless Chromium): finds a document that died while its partner was down,
 * replays it with a reason once the partner is back, sees it delivered, and finds the replay in the audit log; a
 * clerk reads a document's history, statuses and deadlines in Vietnamese and sorts the statistics table.
 */
class ConsoleBrowserIT extends GatewayIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final String REASON = "Phòng GD&ĐT Thạch Hà đã khôi phục máy chủ nhận văn bản";

    private WebDriver browser;

    @BeforeAll
    static void chromiumInstalled() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and its driver are not installed (CI installs them: apt-get install chromium chromium-driver)");
        // An explicit driver and browser binary: Selenium Manager must not try to download either.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Files.createDirectories(SCREENSHOTS);
    }

    /** Quitting the browser also stops its driver service, so each test starts both. */
    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        districtSystem.answerWith(202);
    }

    @Test
    void anOperatorReplaysADeadDocumentAndFindsTheReplayInTheAuditLog() throws IOException {
        districtSystem.answerWith(503);
        String id = JsonPath.read(postDocument(SamplePackages.validDocumentNumbered(777),
                ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.id");
        await().atMost(Duration.ofSeconds(30)).until(() -> "DEAD".equals(messageState(id)));
        browser = chromium();

        logIn();
        openByNumber("777/QĐ-SGDĐT");
        assertThat(stateShown()).isEqualTo("DEAD");
        screenshot("1-tai-lieu-chuyen-that-bai");
        districtSystem.answerWith(202);
        replayWithReason();

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() -> {
            browser.navigate().refresh();
            return "DELIVERED".equals(stateShown());
        });
        screenshot("2-da-chuyen-sau-khi-gui-lai");
        assertReplayAudited(id);
        screenshot("3-nhat-ky-thao-tac");
        browser.get(url("/console"));
        screenshot("0-tong-quan");
    }

    @Test
    void aSubjectWithMarkupIsShownAsTextAndEnglishIsOneClickAway() throws IOException {
        String subject = "Về việc <script>alert('xss')</script> kiểm tra & hiển thị";
        String xml = new String(SamplePackages.validDocumentNumbered(778), java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("<edXML:Subject>[^<]*</edXML:Subject>", "<edXML:Subject>"
                        + subject.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</edXML:Subject>");
        String id = JsonPath.read(postDocument(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.id");
        browser = chromium();
        logIn();

        browser.get(url("/console/messages/" + id + "?lang=en"));

        assertThat(browser.findElement(By.id("subject")).getText()).isEqualTo(subject);
        assertThat(browser.findElements(By.cssSelector("#subject script"))).isEmpty();
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Document 778/QĐ-SGDĐT");
        browser.get(url("/console/audit"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Audit log");
    }

    @Test
    void aDocumentWhosePdfWasChangedAfterSigningIsShownAsTampered() throws IOException {
        byte[] pkg = PdfPackages.carrying(SamplePackages.validDocumentNumbered(781),
                PdfPackages.fixture("signed-tampered.pdf"));
        String id = JsonPath.read(postDocument(pkg, ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.id");
        browser = chromium();
        logIn();

        browser.get(url("/console/messages/" + id));

        WebElement summary = browser.findElement(By.cssSelector("#pdf-summary .state"));
        assertThat(summary.getAttribute("data-pdf")).isEqualTo("SIGNED_INVALID");
        assertThat(summary.getText()).isEqualTo("Chữ ký trên tệp PDF không hợp lệ");
        WebElement attachment = browser.findElement(By.cssSelector("#pdf-attachments tbody"));
        assertThat(attachment.getAttribute("data-attachment")).isEqualTo("123_QĐ-SGDĐT.pdf");
        assertThat(attachment.getAttribute("data-outcome")).isEqualTo("INVALID");
        assertThat(attachment.findElement(By.className("pdf-reason")).getText())
                .contains("Lê Thị Thu Hà", "message digest mismatch");
        List<WebElement> signatures = attachment.findElements(By.className("pdf-signature"));
        assertThat(signatures).extracting(row -> row.getAttribute("data-valid")).containsExactly("false", "false");
        assertThat(signatures.get(0).findElement(By.className("signer")).getText()).isEqualTo("Lê Thị Thu Hà");
        screenshot("6-tep-pdf-bi-sua-sau-khi-ky");
    }

    @Test
    void aClerkReadsTheDocumentInVietnameseAndFindsWhoRegisteredLateOnTheStatisticsPage() throws IOException {
        String id = JsonPath.read(postDocument(SamplePackages.validDocumentNumbered(779),
                ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.id");
        await().atMost(Duration.ofSeconds(30)).until(() -> "DELIVERED".equals(messageState(id)));
        postStatus(SamplePackages.statusAnswering(779), ConnectorFiles.DISTRICT_KEY);
        browser = chromium();
        logIn();

        browser.get(url("/console/messages/" + id));
        WebElement district = browser.findElement(By.cssSelector("#recipients tr[data-agency='" + DISTRICT + "']"));
        assertThat(district.findElement(By.className("recipient-name")).getText())
                .isEqualTo("Phòng Giáo dục và Đào tạo huyện Thạch Hà");
        assertThat(district.findElement(By.className("business-status")).getText())
                .contains("03 · Đã vào sổ văn bản đến");
        assertThat(district.findElements(By.cssSelector("ul.deadlines li"))).extracting(WebElement::getText)
                .anySatisfy(text -> assertThat(text).startsWith("Vào sổ (03): Đúng hạn"));
        assertThat(browser.findElements(By.cssSelector("#history .event-type"))).extracting(WebElement::getText)
                .contains("Tiếp nhận văn bản", "Đã chuyển tới nơi nhận", "Trạng thái 03: Đã vào sổ văn bản đến")
                .doesNotContain("RECEIVED", "DELIVERY_DELIVERED");
        assertThat(browser.findElement(By.id("history")).getText()).contains("báo trạng thái 03")
                .doesNotContain("reported status");
        assertThat(browser.findElement(By.id("signed-by-gateway")).getText()).startsWith("Có");
        screenshot("4-van-ban-han-tra-loi");

        browser.findElement(By.id("nav-statistics")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> !d.findElements(By.id("statistics")).isEmpty());
        assertThat(browser.findElement(By.id("summary")).getText()).startsWith("Kỳ ");
        assertThat(browser.findElements(By.cssSelector("#chart-trend rect"))).hasSize(12);
        assertThat(browser.findElements(By.cssSelector("#chart-signed g[data-unit*='" + DEPARTMENT + "']")))
                .hasSize(1);
        WebElement codeHeading = browser.findElements(By.cssSelector("#statistics thead th")).get(1);
        codeHeading.click();
        List<String> ascending = columnOf(1);
        assertThat(ascending).isSortedAccordingTo(String::compareTo);
        codeHeading.click();
        assertThat(codeHeading.getAttribute("aria-sort")).isEqualTo("descending");
        assertThat(columnOf(1)).isSortedAccordingTo(java.util.Comparator.<String>reverseOrder());
        screenshot("5-thong-ke");
        assertThat(browser.findElement(By.id("csv-vi")).getAttribute("href")).contains("format=csv", "lang=vi");
    }

    private List<String> columnOf(int column) {
        return browser.findElements(By.cssSelector("#statistics tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).get(column).getText()).toList();
    }

    private void openByNumber(String number) {
        browser.get(url("/console/messages"));
        browser.findElement(By.id("number")).sendKeys(number);
        browser.findElement(By.id("search")).click();
        // Wait for the results page itself: the click returns before the browser has loaded it.
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.getCurrentUrl().contains("number=") && !d.findElements(By.cssSelector("#results")).isEmpty());
        List<WebElement> found = browser.findElements(By.cssSelector("#results a.open"));
        assertThat(found).extracting(WebElement::getText).containsExactly(number);
        found.get(0).click();
    }

    private void replayWithReason() {
        browser.findElement(By.id("replay")).click();
        assertThat(browser.findElements(By.cssSelector("#affected tbody tr"))).hasSize(1);
        browser.findElement(By.id("reason")).sendKeys(REASON);
        browser.findElement(By.id("confirm")).click();
        assertThat(browser.findElement(By.id("flash")).getText()).contains("1");
    }

    private void assertReplayAudited(String id) {
        browser.get(url("/console/audit?verify=true"));
        WebElement replayRow = browser.findElement(By.xpath(
                "//table[@id='audit']//tr[td[@class='target' and text()='message:" + id + "']]"));
        assertThat(replayRow.findElement(By.className("action")).getText()).isEqualTo("REPLAY");
        assertThat(replayRow.findElement(By.className("actor")).getText()).isEqualTo("admin");
        assertThat(replayRow.findElement(By.className("reason")).getText()).isEqualTo(REASON);
        assertThat(browser.findElement(By.id("verification")).getAttribute("class")).isEqualTo("flash");
    }

    private void logIn() {
        browser.get(url("/console"));
        assertThat(browser.getTitle()).contains("Đăng nhập");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(By.id("login")).click();
        // The click starts the form's navigation; the page after it may not be there yet when click() returns.
        WebElement currentUser = new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> d.findElements(By.id("current-user")).stream().findFirst().orElse(null));
        assertThat(currentUser.getText()).contains("admin");
    }

    private String stateShown() {
        return browser.findElement(By.cssSelector("#message-state .state")).getAttribute("data-state");
    }

    private String messageState(String id) {
        return jdbc.sql("select state from messages where id = ?").param(id).query(String.class).single();
    }

    private ChromeDriver chromium() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--lang=vi",
                "--user-data-dir=" + Files.createTempDirectory("lienthong-chromium").toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
