package vn.lienthong.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienthong.simulators.LgspSimulator;
import vn.lienthong.simulators.RestPartnerSimulator;
import vn.lienthong.simulators.VdxpPlatformSimulator;

/**
 * Base of the tests of the platform transports: the whole gateway on a random port with the department and the
 * Thạch Hà district office as REST partners, the Government Office reached through the national platform (VDXP)
 * and the provincial People's Committee through the provincial platform (LGSP), both simulated on loopback.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class PlatformGatewayIT {

    protected static final String DEPARTMENT = "000.00.13.H53";
    protected static final String DISTRICT = "000.20.31.H53";
    /** Văn phòng Chính phủ, reached through the national platform. */
    protected static final String GOVERNMENT_OFFICE = "000.00.00.G22";
    /** UBND tỉnh Hà Tĩnh, reached through the provincial platform. */
    protected static final String PROVINCE = "000.00.01.H53";
    protected static final String VDXP_SECRET = "bí-mật-vdxp-thử";
    protected static final String LGSP_CLIENT_ID = "sgddt-ha-tinh";
    protected static final String LGSP_CLIENT_SECRET = "bí-mật-lgsp-thử";

    protected static final RestPartnerSimulator departmentSystem;
    protected static final RestPartnerSimulator districtSystem;
    protected static final VdxpPlatformSimulator nationalPlatform;
    protected static final LgspSimulator provincialPlatform;
    private static final Path connectorsDir;

    static {
        try {
            departmentSystem = RestPartnerSimulator.start(0);
            districtSystem = RestPartnerSimulator.start(0);
            nationalPlatform = VdxpPlatformSimulator.start(0, ConnectorFiles.VDXP_SYSTEM_ID, VDXP_SECRET);
            provincialPlatform = LgspSimulator.start(0, LGSP_CLIENT_ID, LGSP_CLIENT_SECRET);
            connectorsDir = Files.createTempDirectory("lienthong-it-platform-connectors");
            String retry = "{ max-attempts: 3, initial-delay: 200ms, multiplier: 2.0, max-delay: 1s }";
            ConnectorFiles.write(connectorsDir, "so-gddt-ha-tinh", "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh", DEPARTMENT,
                    departmentSystem.endpoint(), ConnectorFiles.DEPARTMENT_KEY, retry);
            ConnectorFiles.write(connectorsDir, "phong-gddt-thach-ha", "Phòng GD&ĐT Thạch Hà", DISTRICT,
                    districtSystem.endpoint(), ConnectorFiles.DISTRICT_KEY, retry);
            ConnectorFiles.writeNationalPlatform(connectorsDir, GOVERNMENT_OFFICE, nationalPlatform.endpoint(), retry);
            write("lgsp-ha-tinh.yaml", """
                    id: lgsp-ha-tinh
                    name: "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Hà Tĩnh"
                    agencies: ["%s"]
                    transport: lgsp
                    endpoint: "%s"
                    retry: %s
                    options:
                      token-url: "%s"
                      client-id: "%s"
                      client-secret-env: "IT_LGSP_CLIENT_SECRET"
                      receive-for: "%s"
                    """.formatted(PROVINCE, provincialPlatform.endpoint(), retry, provincialPlatform.tokenUrl(),
                    LGSP_CLIENT_ID, DEPARTMENT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(String file, String yaml) throws IOException {
        Files.writeString(connectorsDir.resolve(file), yaml, StandardCharsets.UTF_8);
    }

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("lienthong-it-platform-data");
        registry.add("lienthong.data-dir", dataDir::toString);
        registry.add("lienthong.connectors-dir", connectorsDir::toString);
        // The secrets as the environment would hold them; Spring's environment is where transports look.
        registry.add("IT_VDXP_SECRET", () -> VDXP_SECRET);
        registry.add("IT_LGSP_CLIENT_SECRET", () -> LGSP_CLIENT_SECRET);
        registry.add("lienthong.platform.poll-delay", () -> "300ms");
        registry.add("spring.artemis.embedded.server-id", () -> ThreadLocalRandom.current().nextInt(1, 1_000_000));
    }

    @Autowired
    protected TestRestTemplate http;

    protected ResponseEntity<String> postDocument(byte[] body, String apiKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        headers.set("X-API-Key", apiKey);
        return http.exchange("/api/v1/documents", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    protected ResponseEntity<String> getDocument(String id, String apiKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-API-Key", apiKey);
        return http.exchange("/api/v1/documents/" + id, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    /** The sample the department sends, renumbered, with the Ministry replaced by {@code recipient}. */
    protected static byte[] departmentDocumentTo(String recipient, int number) {
        return replace(SamplePackages.validDocumentNumbered(number), "000.00.00.G03", recipient);
    }

    /** The sample as {@code sender} would send it to the department and the district. */
    protected static byte[] documentFrom(String sender, int number) {
        return replace(SamplePackages.fromMinistryNumbered(number), "000.00.00.G03", sender);
    }

    protected static byte[] replace(byte[] pkg, String from, String to) {
        return new String(pkg, StandardCharsets.UTF_8).replace(from, to).getBytes(StandardCharsets.UTF_8);
    }
}
