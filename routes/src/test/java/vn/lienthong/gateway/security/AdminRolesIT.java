package vn.lienthong.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.GatewayIT;
import vn.lienthong.gateway.support.SamplePackages;

/**
 * Every admin endpoint against every role: the role alone decides (README's table), and the partner API and the
 * admin API never accept each other's credentials. Targets do not exist, so an allowed action changes nothing.
 */
class AdminRolesIT extends GatewayIT {

    private static final String PASSWORD = "mat-khau-vai-tro-2026";

    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void oneUserPerRole() {
        for (Role role : Role.values()) {
            String name = "nguoi-dung-" + role.name().toLowerCase();
            if (users.passwordHashOf(name).isEmpty()) {
                users.create(name, encoder.encode(PASSWORD), EnumSet.of(role), Instant.now());
            }
        }
    }

    @ParameterizedTest(name = "{0} {1} as {2}: {3}")
    @CsvSource({
        "GET,  /api/admin/messages,                       OPERATOR,   allowed",
        "GET,  /api/admin/messages,                       INTEGRATOR, allowed",
        "GET,  /api/admin/messages,                       AUDITOR,    allowed",
        "GET,  /api/admin/audit,                          OPERATOR,   allowed",
        "GET,  /api/admin/audit,                          INTEGRATOR, allowed",
        "GET,  /api/admin/audit,                          AUDITOR,    allowed",
        "GET,  /api/admin/connectors,                     AUDITOR,    allowed",
        "POST, /api/admin/messages/khong-co/replay,       OPERATOR,   allowed",
        "POST, /api/admin/messages/khong-co/replay,       INTEGRATOR, forbidden",
        "POST, /api/admin/messages/khong-co/replay,       AUDITOR,    forbidden",
        "POST, /api/admin/messages/khong-co/abandon,      OPERATOR,   allowed",
        "POST, /api/admin/messages/khong-co/abandon,      INTEGRATOR, forbidden",
        "POST, /api/admin/messages/khong-co/abandon,      AUDITOR,    forbidden",
        "POST, /api/admin/messages/replay,                INTEGRATOR, forbidden",
        "POST, /api/admin/messages/replay,                AUDITOR,    forbidden",
        "POST, /api/admin/connectors/khong-co/pause,      OPERATOR,   allowed",
        "POST, /api/admin/connectors/khong-co/pause,      INTEGRATOR, allowed",
        "POST, /api/admin/connectors/khong-co/pause,      AUDITOR,    forbidden",
        "POST, /api/admin/connectors/khong-co/resume,     INTEGRATOR, allowed",
        "POST, /api/admin/connectors/khong-co/resume,     AUDITOR,    forbidden",
        "POST, /api/admin/connectors/reload,              INTEGRATOR, allowed",
        "POST, /api/admin/connectors/reload,              AUDITOR,    forbidden",
        "GET,  /api/admin/users,                          OPERATOR,   forbidden",
        "GET,  /api/admin/users,                          INTEGRATOR, forbidden",
        "GET,  /api/admin/users,                          AUDITOR,    forbidden",
        "PUT,  /api/admin/users/khong-co,                 OPERATOR,   forbidden"
    })
    void theRoleDecides(String method, String path, Role role, String expected) {
        // An empty reason: an allowed action is refused as invalid (400) or unknown (404), never carried out.
        ResponseEntity<String> response = http.withBasicAuth("nguoi-dung-" + role.name().toLowerCase(), PASSWORD)
                .exchange(path, HttpMethod.valueOf(method), json("{}"), String.class);

        if (expected.equals("forbidden")) {
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        } else {
            assertThat(response.getStatusCode().value()).isNotIn(401, 403);
            assertThat(response.getStatusCode().is5xxServerError()).isFalse();
        }
    }

    @Test
    void aPartnerKeyDoesNotOpenTheAdminApi() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-API-Key", ConnectorFiles.DEPARTMENT_KEY);

        ResponseEntity<String> response = http.exchange("/api/admin/messages", HttpMethod.GET,
                new HttpEntity<>(headers), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anOperatorPasswordDoesNotOpenThePartnerApi() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        long before = rows("messages");

        ResponseEntity<String> response = asAdmin().exchange("/api/v1/documents", HttpMethod.POST,
                new HttpEntity<>(SamplePackages.validDocumentNumbered(8201), headers), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rows("messages")).isEqualTo(before);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
