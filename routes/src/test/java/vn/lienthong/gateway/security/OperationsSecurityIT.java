package vn.lienthong.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.lienthong.gateway.support.GatewayIT;

/** Who may open which door: partners by API key, operators by password and role, probes without anything. */
@AutoConfigureObservability(tracing = false)
class OperationsSecurityIT extends GatewayIT {

    private static final String AUDITOR_PASSWORD = "it-auditor-password";

    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void anAuditor() {
        if (users.passwordHashOf("tran.thi.binh").isEmpty()) {
            users.create("tran.thi.binh", encoder.encode(AUDITOR_PASSWORD), EnumSet.of(Role.AUDITOR), Instant.now());
        }
    }

    @Test
    void theAdminApiWithoutCredentialsIsAProblem401() {
        ResponseEntity<String> response = http.getForEntity("/api/admin/audit", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    }

    @Test
    void aWrongPasswordIsRefused() {
        ResponseEntity<String> response = http.withBasicAuth("admin", "not-the-password")
                .getForEntity("/api/admin/audit", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theAdminLogsInWithThePasswordFromTheEnvironment() {
        ResponseEntity<String> response = asAdmin().getForEntity("/api/admin/audit", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Integer) JsonPath.read(response.getBody(), "$.page")).isZero();
    }

    @Test
    void anAuditorReadsButMayNotReplay() {
        var auditor = http.withBasicAuth("tran.thi.binh", AUDITOR_PASSWORD);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<String> read = auditor.getForEntity("/api/admin/audit/verify", String.class);
        ResponseEntity<String> replay = auditor.exchange("/api/admin/messages/any/replay", HttpMethod.POST,
                new HttpEntity<>("{\"reason\":\"thử\"}", headers), String.class);

        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Boolean) JsonPath.read(read.getBody(), "$.intact")).isTrue();
        assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(replay.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    @Test
    void theAdminGivesAColleagueAccessWithoutSqlAndTheChangeIsAudited() {
        ResponseEntity<String> tooShort = asAdmin().exchange("/api/admin/users/le.van.cuong", HttpMethod.PUT,
                json("{\"password\":\"ngắn\",\"roles\":[\"AUDITOR\"],\"reason\":\"Nhân sự mới\"}"), String.class);
        ResponseEntity<String> created = asAdmin().exchange("/api/admin/users/le.van.cuong", HttpMethod.PUT,
                json("{\"password\":\"auditor-password-2026\",\"roles\":[\"AUDITOR\"],"
                        + "\"reason\":\"Thanh tra Sở cần xem nhật ký\"}"), String.class);

        assertThat(tooShort.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("le.van.cuong", "auditor-password-2026")
                .getForEntity("/api/admin/messages", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        String audit = asAdmin().getForEntity("/api/admin/audit", String.class).getBody();
        assertThat((List<String>) JsonPath.read(audit, "$.items[?(@.target=='user:le.van.cuong')].action"))
                .containsExactly("USER_CREATE");
        assertThat(audit).doesNotContain("auditor-password-2026");
    }

    @Test
    void onlyTheBuiltInAdminManagesUsers() {
        asAdmin().exchange("/api/admin/users/pham.thi.dung", HttpMethod.PUT,
                json("{\"password\":\"operator-password-2026\",\"roles\":[\"OPERATOR\"],"
                        + "\"reason\":\"Cán bộ trực vận hành\"}"), String.class);
        var operator = http.withBasicAuth("pham.thi.dung", "operator-password-2026");

        ResponseEntity<String> replayUnknown = operator.exchange("/api/admin/messages/khong-co/replay",
                HttpMethod.POST, json("{\"reason\":\"thử\"}"), String.class);
        ResponseEntity<String> listUsers = operator.getForEntity("/api/admin/users", String.class);
        asAdmin().exchange("/api/admin/users/pham.thi.dung/disable", HttpMethod.POST,
                json("{\"reason\":\"Chuyển công tác\"}"), String.class);
        ResponseEntity<String> afterDisable = operator.getForEntity("/api/admin/audit", String.class);

        assertThat(replayUnknown.getStatusCode()).as("an operator may replay").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(listUsers.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(afterDisable.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void healthAndMetricsStayOpen() {
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theConsoleSendsAStrangerToAVietnameseLoginPage() {
        // TestRestTemplate follows the redirect to the login page.
        ResponseEntity<String> login = http.getForEntity("/console", String.class);
        ResponseEntity<String> english = http.getForEntity("/console/login?lang=en", String.class);

        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(login.getBody()).contains("<html lang=\"vi\"", "Đăng nhập", "Mật khẩu", "name=\"_csrf\"");
        assertThat(english.getBody()).contains("Log in", "Password");
    }

    @Test
    void thePartnerApiStillAnswersItsOwnProblemWithoutAKey() {
        ResponseEntity<String> response = getDocument("any", "");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("ApiKey");
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
