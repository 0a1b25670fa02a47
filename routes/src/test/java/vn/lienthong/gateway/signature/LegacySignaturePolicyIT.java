package vn.lienthong.gateway.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.GatewayIT;
import vn.lienthong.gateway.support.LegacySha1Signatures;
import vn.lienthong.gateway.support.ProducerFixtures;
import vn.lienthong.simulators.ReceivedPackage;
import vn.lienthong.simulators.RestPartnerSimulator;

/**
 * The three legacy signatures real producers send (Bkav's Signature in no namespace, the eDoc integrator's in the
 * edXML namespace, an rsa-sha1 XML-DSig one) under each {@code signature.verify} policy: refused where signatures are
 * required, accepted with an UNVERIFIABLE report under {@code optional}, not looked at under {@code off}, verified
 * where the connector allows legacy SHA-1. Whatever is accepted goes out byte for byte, legacy block kept, with no
 * signature of the gateway's added: the sender signed it, and a second signature would break the first.
 */
class LegacySignaturePolicyIT extends GatewayIT {

    private static final String NOT_CHECKED_SCHOOL = "000.41.31.H53";
    private static final String REQUIRING_SCHOOL = "000.42.31.H53";
    private static final String SHA1_SCHOOL = "000.43.31.H53";
    private static final String NOT_CHECKED_KEY = "it-key-thcs-le-van-thiem";
    private static final String REQUIRING_KEY = "it-key-thpt-nguyen-trung-thien";
    private static final String SHA1_KEY = "it-key-thpt-ha-huy-tap";

    static {
        RestPartnerSimulator schools = startSimulator();
        String retry = "{ max-attempts: 3, initial-delay: 200ms, multiplier: 2.0, max-delay: 1s }";
        // Agencies no other test addresses: the files join the connector directory all GatewayITs share.
        ConnectorFiles.write(connectorsDir, "thcs-le-van-thiem", "Trường THCS Lê Văn Thiêm", NOT_CHECKED_SCHOOL,
                schools.endpoint(), NOT_CHECKED_KEY, retry, "off");
        ConnectorFiles.write(connectorsDir, "thpt-nguyen-trung-thien", "Trường THPT Nguyễn Trung Thiên",
                REQUIRING_SCHOOL, schools.endpoint(), REQUIRING_KEY, retry, "required");
        ConnectorFiles.write(connectorsDir, "thpt-ha-huy-tap", "Trường THPT Hà Huy Tập", SHA1_SCHOOL,
                schools.endpoint(), SHA1_KEY, retry, "optional, allow-legacy-sha1: true");
    }

    /** Which legacy signature, sent by whom through which policy, and what must become of it. */
    record Case(String signature, String policy, String sender, String key, int number, String outcome,
                String reason) {
        @Override
        public String toString() {
            return signature + " under " + policy + " → " + outcome;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                new Case("bkav", "off", NOT_CHECKED_SCHOOL, NOT_CHECKED_KEY, 8101, "NOT_CHECKED", "off"),
                new Case("bkav", "optional", DEPARTMENT, ConnectorFiles.DEPARTMENT_KEY, 8102, "UNVERIFIABLE",
                        "Bkav-style Signature in no namespace"),
                new Case("bkav", "required", REQUIRING_SCHOOL, REQUIRING_KEY, 8103, "refused",
                        "Bkav-style Signature in no namespace"),
                new Case("edxml-namespace", "off", NOT_CHECKED_SCHOOL, NOT_CHECKED_KEY, 8104, "NOT_CHECKED", "off"),
                new Case("edxml-namespace", "optional", DISTRICT, ConnectorFiles.DISTRICT_KEY, 8105, "UNVERIFIABLE",
                        "edXML namespace, not XML-DSig"),
                new Case("edxml-namespace", "required", REQUIRING_SCHOOL, REQUIRING_KEY, 8106, "refused",
                        "edXML namespace, not XML-DSig"),
                new Case("rsa-sha1", "off", NOT_CHECKED_SCHOOL, NOT_CHECKED_KEY, 8107, "NOT_CHECKED", "off"),
                new Case("rsa-sha1", "optional", DEPARTMENT, ConnectorFiles.DEPARTMENT_KEY, 8108, "UNVERIFIABLE",
                        "rsa-sha1 is legacy SHA-1, not verified"),
                new Case("rsa-sha1", "required", REQUIRING_SCHOOL, REQUIRING_KEY, 8109, "refused",
                        "rsa-sha1 is legacy SHA-1, not verified"),
                new Case("rsa-sha1", "optional, allow-legacy-sha1", SHA1_SCHOOL, SHA1_KEY, 8110, "VALID",
                        "signature valid")).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachPolicyTreatsALegacySignatureAsItSays(Case c) throws Exception {
        byte[] signed = legacySigned(c.signature(), c.sender(), c.number());
        long messagesBefore = rows("messages");

        ResponseEntity<String> response = postDocument(signed, c.key());

        if ("refused".equals(c.outcome())) {
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat((String) JsonPath.read(response.getBody(), "$.violations[0].element"))
                    .isEqualTo("edXMLHeader/Signature");
            assertThat((String) JsonPath.read(response.getBody(), "$.violations[0].rule"))
                    .isEqualTo("signature-verifiable");
            assertThat((String) JsonPath.read(response.getBody(), "$.violations[0].value")).contains(c.reason());
            assertThat(rows("messages")).isEqualTo(messagesBefore);
            return;
        }
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        String view = getDocument(JsonPath.read(response.getBody(), "$.id"), c.key()).getBody();
        assertThat((String) JsonPath.read(view, "$.signature.outcome")).isEqualTo(c.outcome());
        assertThat((String) JsonPath.read(view, "$.signature.reason")).contains(c.reason());
        assertThat((Boolean) JsonPath.read(view, "$.signature.signedByGateway")).isFalse();
        RestPartnerSimulator recipient = "edxml-namespace".equals(c.signature()) ? departmentSystem : districtSystem;
        assertThat(delivered(recipient, signed)).as("forwarded byte for byte, legacy block kept").isTrue();
    }

    /** A producer fixture sent as {@code sender} under number {@code number}, carrying its legacy signature. */
    private static byte[] legacySigned(String signature, String sender, int number) throws Exception {
        return switch (signature) {
            case "bkav" -> ProducerFixtures.variant("bkav-document.xml", DEPARTMENT, sender,
                    ">45<", ">" + number + "<", "45/SGDĐT-TCCB", number + "/SGDĐT-TCCB");
            case "edxml-namespace" -> ProducerFixtures.variant("integrator-edoc-new.xml", DISTRICT, sender,
                    ">312<", ">" + number + "<", "312/KH-PGDĐT", number + "/KH-PGDĐT");
            default -> LegacySha1Signatures.sign(ProducerFixtures.variant("vnpt-edxml102-document.xml",
                    "<edXML:OrganId>" + DEPARTMENT + "</edXML:OrganId>\n          <edXML:OrganizationInCharge>",
                    "<edXML:OrganId>" + sender + "</edXML:OrganId>\n          <edXML:OrganizationInCharge>",
                    DEPARTMENT + ",2026/11/19,46", sender + ",2026/11/19," + number,
                    ">46<", ">" + number + "<"), "orgs/so-gddt-ha-tinh.p12");
        };
    }

    private static boolean delivered(RestPartnerSimulator recipient, byte[] sent) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> recipient.received().stream()
                .map(ReceivedPackage::body).anyMatch(body -> Arrays.equals(body, sent)), found -> found);
    }

    private static RestPartnerSimulator startSimulator() {
        try {
            return RestPartnerSimulator.start(0);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
