package vn.lienthong.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.SamplePackages;
import vn.lienthong.simulators.RestPartnerSimulator;

/**
 * The limits of a connector file, on REST and SOAP intake alike: the department may post two packages an hour
 * (429 with Retry-After after that), the district's packages may not exceed 1KB (413 naming that limit).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PartnerLimitsIT {

    private static final String DEPARTMENT_KEY = "khoa-so-gddt-gioi-han";
    private static final String DISTRICT_KEY = "khoa-thach-ha-gioi-han";
    private static final Path connectorsDir;
    private static final RestPartnerSimulator partners;

    static {
        try {
            connectorsDir = Files.createTempDirectory("lienthong-limits-it");
            partners = RestPartnerSimulator.start(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String retry = "{ max-attempts: 1 }";
        limit(ConnectorFiles.write(connectorsDir, "so-gddt-ha-tinh", "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh",
                "000.00.13.H53", partners.endpoint(), DEPARTMENT_KEY, retry), "{ rate: 2/h }");
        limit(ConnectorFiles.write(connectorsDir, "phong-gddt-thach-ha", "Phòng GD&ĐT Thạch Hà", "000.20.31.H53",
                partners.endpoint(), DISTRICT_KEY, retry), "{ max-package-size: 1KB }");
        ConnectorFiles.write(connectorsDir, "bo-gddt", "Bộ Giáo dục và Đào tạo", "000.00.00.G03",
                partners.endpoint(), "khoa-bo-gddt-gioi-han", retry);
    }

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("lienthong.data-dir", () -> tempDir().toString());
        registry.add("lienthong.connectors-dir", connectorsDir::toString);
        registry.add("spring.artemis.embedded.server-id", () -> ThreadLocalRandom.current().nextInt(1, 1_000_000));
    }

    @AfterAll
    static void stopPartners() {
        partners.close();
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;

    /** Apache HttpClient, TestRestTemplate's default, would obey the Retry-After of a 429 and wait half an hour. */
    @BeforeEach
    void aClientThatDoesNotRetry() {
        http.getRestTemplate().setRequestFactory(new JdkClientHttpRequestFactory());
    }

    @Test
    void overItsRateAPartnerGets429WithRetryAfterOnRestAndSoap() {
        assertThat(post(SamplePackages.validDocumentNumbered(8301), DEPARTMENT_KEY).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        assertThat(post(SamplePackages.validDocumentNumbered(8302), DEPARTMENT_KEY).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);

        ResponseEntity<String> third = post(SamplePackages.validDocumentNumbered(8303), DEPARTMENT_KEY);
        ResponseEntity<String> overSoap = soapSend(SamplePackages.validDocumentNumbered(8304), DEPARTMENT_KEY);

        assertThat(third.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(third.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(Long.parseLong(third.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 1800L);
        assertThat(third.getBody()).contains("urn:lienthong:problem:rate-limited",
                "connector so-gddt-ha-tinh is limited to 2/h, burst 2 requests");
        assertThat(overSoap.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(overSoap.getBody()).contains("status>429</", "urn:lienthong:problem:rate-limited");
        assertThat(messages()).isEqualTo(2);
    }

    @Test
    void overItsOwnSizeLimitAPartnerGets413NamingThatLimitOnRestAndSoap() {
        byte[] body = new byte[1025];
        Arrays.fill(body, (byte) ' ');
        long before = messages();

        ResponseEntity<String> rest = post(body, DISTRICT_KEY);
        ResponseEntity<String> soap = soapSend(body, DISTRICT_KEY);

        assertThat(rest.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(rest.getBody()).contains("urn:lienthong:problem:package-too-large",
                "the package is larger than the limit of 1024 bytes "
                        + "(limits.max-package-size of connector phong-gddt-thach-ha)");
        assertThat(soap.getBody()).contains("status>413</", "limits.max-package-size of connector "
                + "phong-gddt-thach-ha");
        assertThat(messages()).isEqualTo(before);
    }

    private ResponseEntity<String> post(byte[] body, String apiKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        headers.set("X-API-Key", apiKey);
        return http.exchange("/api/v1/documents", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> soapSend(byte[] body, String apiKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.TEXT_XML);
        headers.set("X-API-Key", apiKey);
        headers.set("SOAPAction", "\"urn:lienthong:soap:documents:1#SendDocument\"");
        String envelope = "<soap:Envelope xmlns:soap='http://schemas.xmlsoap.org/soap/envelope/' "
                + "xmlns:d='urn:lienthong:soap:documents:1'><soap:Body><d:SendDocument><d:package>"
                + Base64.getEncoder().encodeToString(body) + "</d:package></d:SendDocument></soap:Body></soap:Envelope>";
        return http.exchange("/soap/documents", HttpMethod.POST,
                new HttpEntity<>(envelope.getBytes(StandardCharsets.UTF_8), headers), String.class);
    }

    private long messages() {
        return jdbc.sql("select count(*) from messages").query(Long.class).single();
    }

    private static void limit(Path connectorFile, String limits) {
        try {
            Files.writeString(connectorFile, "limits: " + limits + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("lienthong-limits-it-data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
