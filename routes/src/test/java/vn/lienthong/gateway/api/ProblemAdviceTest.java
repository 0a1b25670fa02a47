package vn.lienthong.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import vn.lienthong.connectors.spi.RateLimit;
import vn.lienthong.gateway.intake.SenderNotAllowedException;
import vn.lienthong.schemas.model.PackageRejectedException;
import vn.lienthong.schemas.model.Violation;

/** REST's rendering of a refusal: the problem+json fields and the headers each refusal needs. */
class ProblemAdviceTest {

    private final ProblemAdvice advice = new ProblemAdvice(new ObjectMapper());

    @Test
    void aForeignSenderIsA403NamingTheElementTheRuleAndTheAgency() throws Exception {
        ResponseEntity<?> answer = advice.refused(new SenderNotAllowedException("phong-gddt-thach-ha",
                "000.00.13.H53"));

        assertThat(answer.getStatusCode().value()).isEqualTo(403);
        ProblemDetail problem = (ProblemDetail) answer.getBody();
        assertThat(problem.getType()).hasToString("urn:lienthong:problem:sender-not-allowed");
        assertThat(problem.getTitle()).isEqualTo("Sender not allowed");
        assertThat(problem.getStatus()).isEqualTo(403);
        assertThat(problem.getDetail()).isEqualTo("MessageHeader/From/OrganId: sender-authorised: connector "
                + "phong-gddt-thach-ha may not send as agency 000.00.13.H53");
        assertThat(problem.getProperties()).containsEntry("violations", List.of(Map.of(
                "element", "MessageHeader/From/OrganId", "rule", "sender-authorised: the connector's agencies only",
                "value", "000.00.13.H53")));
    }

    @Test
    void anInvalidPackageListsEveryViolation() throws Exception {
        ResponseEntity<?> answer = advice.refused(new PackageRejectedException(List.of(
                new Violation("MessageHeader/Subject", "required", ""),
                new Violation("MessageHeader/To", "required", ""))));

        ProblemDetail problem = (ProblemDetail) answer.getBody();
        assertThat(problem.getType()).hasToString("urn:lienthong:problem:invalid-package");
        assertThat(problem.getDetail()).isEqualTo("2 problems, first: MessageHeader/Subject: required");
        assertThat(problem.getProperties().get("violations")).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(2);
    }

    @Test
    void aRefusalWithoutViolationsHasNoViolationsMember() throws Exception {
        ResponseEntity<?> answer = advice.refused(new PartnerAuthenticationException("the X-API-Key is unknown"));

        assertThat(answer.getStatusCode().value()).isEqualTo(401);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("ApiKey header=\"X-API-Key\"");
        assertThat(((ProblemDetail) answer.getBody()).getProperties()).isNull();
    }

    @Test
    void aRateLimitSaysWhenToComeBack() throws Exception {
        ResponseEntity<?> answer = advice.refused(new RateLimitExceededException("phong-gddt-thach-ha",
                new RateLimit(1, Duration.ofHours(1), 3), Duration.ofSeconds(41)));

        assertThat(answer.getStatusCode().value()).isEqualTo(429);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("41");
        assertThat(((ProblemDetail) answer.getBody()).getType()).hasToString("urn:lienthong:problem:rate-limited");
    }

    @Test
    void aPackageTooLargeIsWrittenWithItsLengthAndClosesTheConnection() throws Exception {
        ResponseEntity<?> answer = advice.refused(new PackageTooLargeException(1024));

        assertThat(answer.getStatusCode().value()).isEqualTo(413);
        byte[] body = (byte[]) answer.getBody();
        assertThat(answer.getHeaders().getContentLength()).isEqualTo(body.length);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONNECTION)).isEqualTo("close");
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("urn:lienthong:problem:package-too-large")
                .contains("the package is larger than the limit of 1024 bytes (lienthong.intake.max-package-size)");
    }
}
