package vn.lienthong.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.GatewayIT;
import vn.lienthong.gateway.support.SamplePackages;
import vn.lienthong.gateway.support.SoapRequests;

/**
 * The gateway on a PostgreSQL database of its own (127.0.0.1:5432 as CI starts it, or
 * {@code LIENTHONG_TEST_POSTGRES_URL}), which is then made unavailable for real: its sessions are terminated and it
 * refuses new ones. Intake answers 503 on REST and a Server fault on SOAP and stores nothing; once the database takes
 * connections again the same process accepts again, and everything accepted before is delivered.
 */
class DatabaseOutageIT extends GatewayIT {

    private static final String SERVER_URL = System.getenv()
            .getOrDefault("LIENTHONG_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getenv().getOrDefault("LIENTHONG_TEST_POSTGRES_USER", "postgres");
    private static final String DATABASE = "lienthong_outage_" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    /** The pool's wait for a connection (application.yml): how long a refused intake may take to answer. */
    private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);

    @DynamicPropertySource
    static void ownPostgresDatabase(DynamicPropertyRegistry registry) {
        administer("create database " + DATABASE);
        registry.add("spring.datasource.url", () -> SERVER_URL.substring(0, SERVER_URL.lastIndexOf('/') + 1) + DATABASE);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
        // An attempt whose outcome could not be recorded while the database was away is retried once its lease ends.
        registry.add("lienthong.dispatch.lease", () -> "20s");
        registry.add("lienthong.dispatch.sweep-interval", () -> "2s");
        registry.add("lienthong.dispatch.sweep-grace", () -> "2s");
        // Health's components on the management port, where they need no login: no user can be checked meanwhile.
        registry.add("management.server.port", () -> "0");
    }

    @LocalManagementPort
    private int managementPort;

    @AfterAll
    static void dropDatabase() {
        administer("drop database if exists " + DATABASE + " with (force)");
    }

    @Test
    void intakeRefusesWhileTheDatabaseIsDownAndRecoversByItselfWithNothingLost() {
        List<String> acceptedBefore = new ArrayList<>();
        for (int number = 901; number <= 903; number++) {
            acceptedBefore.add(accept(number));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> acceptedBefore.stream().allMatch(this::delivered));
        // One more accepted just before the outage, its delivery to the paused district still waiting through it.
        assertThat(connectorAction("pause").getStatusCode()).isEqualTo(HttpStatus.OK);
        String pendingAcrossOutage = accept(904);

        administer("alter database " + DATABASE + " allow_connections false");
        administer("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + DATABASE + "'");

        List<Integer> refused = List.of(905, 906, 907);
        long slowestRefusalMillis = 0;
        for (int number : refused) {
            long start = System.nanoTime();
            HttpResponse<String> answer = postOnce(number);
            slowestRefusalMillis = Math.max(slowestRefusalMillis, (System.nanoTime() - start) / 1_000_000);
            assertThat(answer.statusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE.value());
            assertThat(answer.headers().firstValue(HttpHeaders.CONTENT_TYPE)).hasValue("application/problem+json");
            assertThat(answer.headers().firstValue(HttpHeaders.RETRY_AFTER)).isPresent();
            assertThat((String) JsonPath.read(answer.body(), "$.type")).isEqualTo("urn:lienthong:problem:unavailable");
            assertThat((String) JsonPath.read(answer.body(), "$.detail"))
                    .contains("durable store", "nothing was accepted");
        }
        ResponseEntity<String> soapAnswer = SoapRequests.sendDocument(http, SamplePackages.validDocumentNumbered(908),
                ConnectorFiles.DEPARTMENT_KEY);
        sent++;
        assertThat(soapAnswer.getBody()).contains(":Server</faultcode>", "urn:lienthong:problem:unavailable")
                .containsPattern("<(\\w+:)?status>503</(\\w+:)?status>").doesNotContain(":Client</faultcode>");
        HttpResponse<String> health = send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/actuator/health")).build());
        assertThat(health.statusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE.value());
        assertThat((String) JsonPath.read(health.body(), "$.components.db.status")).isEqualTo("DOWN");

        long restoredAt = System.nanoTime();
        administer("alter database " + DATABASE + " allow_connections true");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> postOnce(905).statusCode() == HttpStatus.ACCEPTED.value());
        long recoveryMillis = (System.nanoTime() - restoredAt) / 1_000_000;
        // Nothing of what was refused had been stored: each refused document is now one message, no more.
        assertThat(messagesNumbered(906)).isZero();
        assertThat(messagesNumbered(908)).isZero();
        List<String> all = new ArrayList<>(acceptedBefore);
        all.add(pendingAcrossOutage);
        all.add(messageNumbered(905));
        all.addAll(List.of(accept(906), accept(907), accept(908)));
        assertThat(connectorAction("resume").getStatusCode()).isEqualTo(HttpStatus.OK);
        await().atMost(Duration.ofSeconds(90)).until(() -> all.stream().allMatch(this::delivered));
        long lost = all.stream().filter(id -> !delivered(id)).count();
        long stored = rows("messages");
        System.out.printf("database outage: sent=%d accepted before=%d refused during outage=%d (slowest refusal %d ms) "
                        + "accepted again %d ms after the database came back, without restart; accepted after=%d "
                        + "messages stored=%d delivered=%d lost=%d%n", sent, acceptedBefore.size() + 1,
                refused.size() + 1, slowestRefusalMillis, recoveryMillis, all.size() - acceptedBefore.size() - 1,
                stored, all.size() - lost, lost);
        assertThat(slowestRefusalMillis).isLessThan(CONNECTION_TIMEOUT.plusSeconds(5).toMillis());
        assertThat(lost).isZero();
        assertThat(stored).as("one message per document, none for a refusal").isEqualTo(all.size());
    }

    private int sent;

    private ResponseEntity<String> post(int number) {
        sent++;
        return postDocument(SamplePackages.validDocumentNumbered(number), ConnectorFiles.DEPARTMENT_KEY);
    }

    /** One POST and its answer as is: the test client would wait out a 503's Retry-After and try again by itself. */
    private HttpResponse<String> postOnce(int number) {
        sent++;
        return send(HttpRequest.newBuilder(uri("/api/v1/documents"))
                .header("Content-Type", "application/xml")
                .header("X-API-Key", ConnectorFiles.DEPARTMENT_KEY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(SamplePackages.validDocumentNumbered(number)))
                .build());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " got no answer", e);
        }
    }

    private ResponseEntity<String> connectorAction(String action) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return asAdmin().exchange("/api/admin/connectors/phong-gddt-thach-ha/" + action, HttpMethod.POST,
                new HttpEntity<>("{\"reason\":\"Kiểm thử sự cố cơ sở dữ liệu\"}", headers), String.class);
    }

    private String messageNumbered(int number) {
        return jdbc.sql("select id from messages where code_number = ?").param(String.valueOf(number))
                .query(String.class).single();
    }

    private String accept(int number) {
        ResponseEntity<String> answer = post(number);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        return JsonPath.read(answer.getBody(), "$.id");
    }

    private boolean delivered(String id) {
        return "DELIVERED".equals(JsonPath.read(getDocument(id, ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.state"));
    }

    private long messagesNumbered(int number) {
        return jdbc.sql("select count(*) from messages where code_number = ?").param(String.valueOf(number))
                .query(Long.class).single();
    }


    /** Runs one statement on the server's administrative database, outside the gateway's own. */
    private static void administer(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER_URL, USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
