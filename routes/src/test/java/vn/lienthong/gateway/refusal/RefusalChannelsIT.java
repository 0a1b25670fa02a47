package vn.lienthong.gateway.refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.Refusal;
import vn.lienthong.gateway.support.SamplePackages;
import vn.lienthong.gateway.support.SoapEnvelopes;
import vn.lienthong.schemas.model.Violation;
import vn.lienthong.simulators.RestPartnerSimulator;
import vn.lienthong.simulators.SdkWireClient;

/**
 * One refusal, four renderings: the same bad package, sent over REST, over SOAP, into the folder inbox and through
 * the platform-compatible API, is refused on each with the very same violations, each in its channel's own format
 * (problem+json, GatewayFault, {@code .error.txt}, the platform's {@code ErrorDesc}), and nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RefusalChannelsIT {

    private static final String DEPARTMENT = "000.00.13.H53";
    private static final String DISTRICT = "000.20.31.H53";
    private static final String MINISTRY = "000.00.00.G03";
    private static final String SCHOOL = "000.21.31.H53";
    private static final String IOFFICE_AGENCY = "000.22.31.H53";
    private static final String IOFFICE_SYSTEM_ID = "ioffice-thcs-thach-ha";
    private static final String IOFFICE_SECRET = "bí-mật-ioffice-thcs-thử";
    private static final TimeZone VIETNAM = TimeZone.getTimeZone("Asia/Ho_Chi_Minh");

    private static final Path connectorsDir;
    private static final Path schoolFolders;

    /** The four intake channels, each with the agency its partner sends as. */
    enum IntakeChannel {
        REST(DEPARTMENT), SOAP(DEPARTMENT), FOLDER(SCHOOL), PLATFORM_API(IOFFICE_AGENCY);

        private final String agency;

        IntakeChannel(String agency) {
            this.agency = agency;
        }

        /** The package as this channel's partner sends it: the department's own agency replaced by its own. */
        byte[] asSentBy(byte[] departmentPackage) {
            return new String(departmentPackage, StandardCharsets.UTF_8).replace(DEPARTMENT, agency)
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A package every channel must refuse, and the violations (as {@link Violation#toString()}) it must earn. */
    record BadPackage(String name, String file, Supplier<byte[]> bytes, List<String> violations) {

        @Override
        public String toString() {
            return name;
        }
    }

    static {
        try {
            connectorsDir = Files.createTempDirectory("lienthong-it-refusal-connectors");
            schoolFolders = Files.createTempDirectory("lienthong-it-refusal-thpt-phan-dinh-phung");
            String retry = "{ max-attempts: 3, initial-delay: 200ms, multiplier: 2.0, max-delay: 1s }";
            ConnectorFiles.write(connectorsDir, "so-gddt-ha-tinh", "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh", DEPARTMENT,
                    RestPartnerSimulator.start(0).endpoint(), ConnectorFiles.DEPARTMENT_KEY, retry);
            ConnectorFiles.write(connectorsDir, "phong-gddt-thach-ha", "Phòng GD&ĐT Thạch Hà", DISTRICT,
                    RestPartnerSimulator.start(0).endpoint(), ConnectorFiles.DISTRICT_KEY, retry);
            ConnectorFiles.write(connectorsDir, "bo-gddt", "Bộ Giáo dục và Đào tạo", MINISTRY,
                    RestPartnerSimulator.start(0).endpoint(), ConnectorFiles.MINISTRY_KEY, retry);
            ConnectorFiles.writeFolder(connectorsDir, "thpt-phan-dinh-phung", "Trường THPT Phan Đình Phùng", SCHOOL,
                    schoolFolders.resolve("outbox"), retry);
            Files.writeString(connectorsDir.resolve("ioffice-thcs-thach-ha.yaml"), """
                    id: ioffice-thcs-thach-ha
                    name: "VNPT iOffice Trường THCS Thạch Hà"
                    agencies: ["%s"]
                    transport: inbox
                    inbound:
                      vdxp: { system-id: "%s", secret-env: "IT_REFUSAL_VDXP_SECRET" }
                    """.formatted(IOFFICE_AGENCY, IOFFICE_SYSTEM_ID), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("lienthong-it-refusal-data");
        registry.add("lienthong.data-dir", dataDir::toString);
        registry.add("lienthong.connectors-dir", connectorsDir::toString);
        registry.add("lienthong.folder.poll-delay", () -> "200ms");
        registry.add("IT_REFUSAL_VDXP_SECRET", () -> IOFFICE_SECRET);
        registry.add("spring.artemis.embedded.server-id", () -> ThreadLocalRandom.current().nextInt(1, 1_000_000));
    }

    @LocalServerPort
    private int port;

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private JdbcClient jdbc;

    static Stream<Arguments> badPackagesOverEveryChannel() {
        return badPackages().flatMap(bad -> Arrays.stream(IntakeChannel.values())
                .map(channel -> Arguments.of(bad, channel)));
    }

    @ParameterizedTest(name = "{0} over {1}")
    @MethodSource("badPackagesOverEveryChannel")
    void theSameBadPackageEarnsTheSameViolationsOnEveryChannel(BadPackage bad, IntakeChannel channel)
            throws IOException {
        long messagesBefore = messageCount();

        List<String> violations = refusedOver(channel, bad.file(), channel.asSentBy(bad.bytes().get()));

        assertThat(violations).containsExactlyElementsOf(bad.violations());
        assertThat(messageCount()).isEqualTo(messagesBefore);
    }

    private static Stream<BadPackage> badPackages() {
        return Stream.of(
                new BadPackage("a document without a subject", "thieu-trich-yeu",
                        () -> SamplePackages.load("packages/invalid-missing-subject.xml"),
                        List.of(new Violation("MessageHeader/Subject", "required", "").toString())),
                new BadPackage("a recipient code with a letter in its first group", "ma-sai-nhom-dau",
                        () -> replace(SamplePackages.validDocumentNumbered(8901), DISTRICT, "A00.20.31.H53"),
                        List.of(new Violation("MessageHeader/To[1]/OrganId", "agency-code-format AAA.BB.CC.DDD",
                                "A00.20.31.H53").toString())),
                new BadPackage("a sender the partner may not send as", "gia-mao-bo",
                        () -> SamplePackages.fromMinistryNumbered(8902),
                        List.of(new Violation("MessageHeader/From/OrganId",
                                "sender-authorised: the connector's agencies only", MINISTRY).toString())));
    }

    private List<String> refusedOver(IntakeChannel channel, String file, byte[] bytes) throws IOException {
        return switch (channel) {
            case REST -> lines(Refusal.ofProblem(http.exchange("/api/v1/documents", HttpMethod.POST,
                    new HttpEntity<>(bytes, restHeaders()), String.class)));
            case SOAP -> lines(Refusal.ofSoapFault(http.exchange("/soap/documents", HttpMethod.POST,
                    new HttpEntity<>(SoapEnvelopes.send("SendDocument", bytes),
                            SoapEnvelopes.headers("SendDocument", ConnectorFiles.DEPARTMENT_KEY)), String.class)));
            case FOLDER -> refusedInFolder(file + ".xml", bytes);
            case PLATFORM_API -> refusedByPlatformApi(bytes);
        };
    }

    /** REST's and SOAP's violations, checked to be a refusal of the caller's request. */
    private static List<String> lines(Refusal refusal) {
        assertThat(refusal.httpStatus()).as(refusal.body()).isBetween(400, 499);
        assertThat(refusal.status()).as(refusal.body()).isEqualTo(refusal.httpStatus());
        return refusal.violations().stream()
                .map(v -> new Violation(v.element(), v.rule(), v.value()).toString()).toList();
    }

    private static List<String> refusedInFolder(String name, byte[] bytes) throws IOException {
        Files.createDirectories(schoolFolders.resolve("inbox"));
        Files.write(schoolFolders.resolve("inbox").resolve(name), bytes);
        Path refused = schoolFolders.resolve("error").resolve(name);
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(refused));
        return Files.readAllLines(schoolFolders.resolve("error").resolve(name + ".error.txt"), StandardCharsets.UTF_8);
    }

    private List<String> refusedByPlatformApi(byte[] bytes) throws IOException {
        SdkWireClient ioffice = new SdkWireClient("http://127.0.0.1:" + port + "/vdxp", IOFFICE_SYSTEM_ID,
                IOFFICE_SECRET, VIETNAM);
        SdkWireClient.Answer answer = ioffice.sendEdoc("{\"from\":\"" + IOFFICE_AGENCY + "\",\"servicetype\":\"eDoc\","
                + "\"messagetype\":\"edoc\"}", bytes);
        assertThat(answer.status()).as(answer.errorDesc()).isEqualTo("FAIL");
        return List.of(answer.errorDesc().split("; "));
    }

    private static HttpHeaders restHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        headers.set("X-API-Key", ConnectorFiles.DEPARTMENT_KEY);
        return headers;
    }

    private static byte[] replace(byte[] pkg, String from, String to) {
        return new String(pkg, StandardCharsets.UTF_8).replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    private long messageCount() {
        return jdbc.sql("select count(*) from messages").query(Long.class).single();
    }
}
