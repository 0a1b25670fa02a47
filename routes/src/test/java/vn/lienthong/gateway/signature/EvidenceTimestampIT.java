package vn.lienthong.gateway.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.GatewayIT;
import vn.lienthong.gateway.support.SamplePackages;
import vn.lienthong.signatures.testsupport.LocalTsaServer;
import vn.lienthong.signatures.testsupport.TestPki;

/** Every stored package, received and sent, gets an RFC 3161 time-stamp from the configured TSA. */
class EvidenceTimestampIT extends GatewayIT {

    private static final LocalTsaServer tsa = LocalTsaServer.start(TestPki.shared().intermediate());

    @DynamicPropertySource
    static void timestamping(DynamicPropertyRegistry registry) throws Exception {
        Path pem = Files.createTempFile("tsa", ".pem");
        Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder().encodeToString(tsa.certificate().getEncoded())
                + "\n-----END CERTIFICATE-----\n");
        registry.add("lienthong.timestamping.tsa-url", () -> tsa.url().toString());
        registry.add("lienthong.timestamping.tsa-certificates", pem::toString);
        registry.add("lienthong.timestamping.interval", () -> "300ms");
    }

    @AfterAll
    static void stopTsa() {
        tsa.close();
    }

    @Test
    void theReceivedAndTheSentPackageAreTimeStamped() {
        String id = JsonPath.read(postDocument(SamplePackages.validDocumentNumbered(701),
                ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.id");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql("""
                        select count(*) from evidence_timestamps t join packages p on p.id = t.package_id
                        where p.message_id = ? and t.state = 'STAMPED' and t.token is not null""")
                .param(id).query(Long.class).single()).isEqualTo(2));
        assertThat(tsa.requests()).isGreaterThanOrEqualTo(2);
        String health = asAdmin().getForObject("/actuator/health", String.class);
        assertThat((String) JsonPath.read(health, "$.components.timestamps.status")).isEqualTo("UP");
    }
}
