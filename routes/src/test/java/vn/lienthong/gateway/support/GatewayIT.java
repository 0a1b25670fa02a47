package vn.lienthong.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienthong.gateway.security.demo.DemoCredentialsGuard;
import vn.lienthong.simulators.RestPartnerSimulator;

/**
 * Base of the tests that start the whole gateway on a random port, with its own data directory, three partner
 * systems as real HTTP servers on loopback (the department, a district office and the Ministry) and a school
 * reached through shared folders. It runs in the {@code demo} profile, as it uses the sample PKI's keys.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
// The test gateway signs and verifies with the committed test PKI, which the gateway accepts in this profile only.
@ActiveProfiles(DemoCredentialsGuard.DEMO_PROFILE)
public abstract class GatewayIT {

    protected static final String DEPARTMENT = "000.00.13.H53";
    protected static final String DISTRICT = "000.20.31.H53";
    protected static final String MINISTRY = "000.00.00.G03";
    protected static final String SCHOOL = "000.21.31.H53";
    /** The built-in admin's password in every test gateway (ASCII: HTTP Basic clients encode ISO-8859-1). */
    protected static final String ADMIN_PASSWORD = "it-admin-password-2026";

    protected static final RestPartnerSimulator departmentSystem;
    protected static final RestPartnerSimulator districtSystem;
    protected static final RestPartnerSimulator ministrySystem;
    protected static final Path connectorsDir;
    /** The school's outbox, inbox, done and error folders (the folder connector's defaults). */
    protected static final Path schoolFolders;

    static {
        try {
            departmentSystem = RestPartnerSimulator.start(0);
            districtSystem = RestPartnerSimulator.start(0);
            ministrySystem = RestPartnerSimulator.start(0);
            connectorsDir = Files.createTempDirectory("lienthong-it-connectors");
            schoolFolders = Files.createTempDirectory("lienthong-it-thpt-phan-dinh-phung");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String fastRetry = "{ max-attempts: 3, initial-delay: 200ms, multiplier: 2.0, max-delay: 1s }";
        // The department may also authenticate with its TLS client certificate, on the mutual-TLS port.
        ConnectorFiles.bindClientCertificate(ConnectorFiles.write(connectorsDir, "so-gddt-ha-tinh",
                "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh", DEPARTMENT, departmentSystem.endpoint(),
                ConnectorFiles.DEPARTMENT_KEY, fastRetry), SamplePki.file("tls/client-so-gddt.pem"));
        ConnectorFiles.write(connectorsDir, "phong-gddt-thach-ha", "Phòng GD&ĐT Thạch Hà", DISTRICT,
                districtSystem.endpoint(), ConnectorFiles.DISTRICT_KEY, fastRetry);
        // The Ministry sends only signed packages.
        ConnectorFiles.write(connectorsDir, "bo-gddt", "Bộ Giáo dục và Đào tạo", MINISTRY,
                ministrySystem.endpoint(), ConnectorFiles.MINISTRY_KEY, fastRetry, "required");
        ConnectorFiles.writeFolder(connectorsDir, "thpt-phan-dinh-phung", "Trường THPT Phan Đình Phùng", SCHOOL,
                schoolFolders.resolve("outbox"), fastRetry);
    }

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("lienthong.data-dir", () -> newDataDir().toString());
        registry.add("lienthong.connectors-dir", connectorsDir::toString);
        // Several test contexts may live in one JVM: each embedded broker needs its own in-VM id.
        // The department's key and the sample PKI's trust: the gateway signs what the department sends unsigned.
        registry.add("lienthong.signing.keys[0].agency", () -> DEPARTMENT);
        registry.add("lienthong.signing.keys[0].keystore", () -> SamplePki.file("orgs/so-gddt-ha-tinh.p12").toString());
        registry.add("lienthong.signing.keys[0].password", () -> SamplePki.PASSWORD);
        registry.add("lienthong.trust.anchors", () -> SamplePki.file("trust/anchors.pem").toString());
        registry.add("lienthong.trust.crls", () -> SamplePki.file("crl/intermediate.crl.pem") + ","
                + SamplePki.file("crl/root.crl.pem"));
        registry.add("lienthong.trust.revocation-timeout", () -> "2s");
        registry.add("lienthong.folder.poll-delay", () -> "200ms");
        registry.add("spring.artemis.embedded.server-id", () -> ThreadLocalRandom.current().nextInt(1, 1_000_000));
        registry.add("LIENTHONG_ADMIN_PASSWORD", () -> ADMIN_PASSWORD);
    }

    private static Path newDataDir() {
        try {
            return Files.createTempDirectory("lienthong-it-data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void answerNormallyAgain() {
        departmentSystem.answerWith(202);
        districtSystem.answerWith(202);
        ministrySystem.answerWith(202);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    protected JdbcClient jdbc;

    protected ResponseEntity<String> postDocument(byte[] body, String apiKey) {
        return postDocument(body, apiKey, MediaType.APPLICATION_XML);
    }

    protected ResponseEntity<String> postDocument(byte[] body, String apiKey, MediaType contentType) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(contentType);
        if (apiKey != null) {
            headers.set("X-API-Key", apiKey);
        }
        return http.exchange("/api/v1/documents", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    protected ResponseEntity<String> postStatus(byte[] body, String apiKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        headers.set("X-API-Key", apiKey);
        return http.exchange("/api/v1/statuses", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    protected ResponseEntity<String> getDocument(String id, String apiKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-API-Key", apiKey);
        return http.exchange("/api/v1/documents/" + id, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    /** The admin API as the built-in admin, over HTTP Basic. */
    protected TestRestTemplate asAdmin() {
        return http.withBasicAuth("admin", ADMIN_PASSWORD);
    }

    /**
     * Waits until the process stage has made the message's deliveries: intake answers 202 before it, so a test that
     * reads the recipients' deliveries right after posting waits here first.
     */
    protected void awaitProcessed(String messageId) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                        "select count(*) from process_work where message_id = ? and failed_at is null")
                .param(messageId).query(Long.class).single() == 0);
    }

    /** Posts a document as the department and returns its message id, failing the test unless intake accepted it. */
    protected String postAccepted(byte[] body) {
        ResponseEntity<String> response = postDocument(body, ConnectorFiles.DEPARTMENT_KEY);
        Assertions.assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        return JsonPath.read(response.getBody(), "$.id");
    }

    /** An operator's {@code pause} or {@code resume} of a connector through the admin API, with its audited reason. */
    protected HttpStatus connectorAction(String connector, String action, String reason) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = asAdmin().exchange("/api/admin/connectors/" + connector + "/" + action,
                HttpMethod.POST, new HttpEntity<>("{\"reason\": \"" + reason + "\"}", headers), String.class);
        return HttpStatus.valueOf(response.getStatusCode().value());
    }

    protected long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
