package vn.lienthong.gateway.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.Footprint;
import vn.lienthong.gateway.support.HostilePackages;
import vn.lienthong.gateway.support.SignedPackages;
import vn.lienthong.simulators.ReceivedPackage;

/**
 * A zip bomb attached to an otherwise valid decision is not an attack on the gateway, which never unzips anything
 * (LayeringTest forbids java.util.zip in every module of ours): it is accepted, stored and delivered as the same few kilobytes of base64,
 * byte for byte; only a recipient that inflates it could be hurt, and the gateway hands it nothing more than it got.
 */
class ZipBombAttachmentIT extends AttackIT {

    /** 100 MB of zeros deflate to about 100 KB. */
    private static final int INFLATED_SIZE = 100 * 1024 * 1024;

    @Test
    void aZipBombAttachmentIsCarriedAsOpaqueBytes() {
        String bomb = HostilePackages.zipBombBase64("ket-qua-thi.pdf", INFLATED_SIZE);
        byte[] sent = HostilePackages.withZipBombAttachment(HostilePackages.document(8870), bomb);
        assertThat(sent.length).isLessThan(INFLATED_SIZE / 100);
        Footprint before = footprint();

        ResponseEntity<String> answer = postDocument(sent, ConnectorFiles.DEPARTMENT_KEY);

        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        String id = JsonPath.read(answer.getBody(), "$.id");
        assertThat(jdbc.sql("select size_bytes from packages where message_id = ? and direction = 'RECEIVED'")
                .param(id).query(Long.class).single()).isEqualTo(sent.length);
        ReceivedPackage delivered = await().atMost(Duration.ofSeconds(20)).until(() -> districtSystem.received()
                        .stream().filter(p -> SignedPackages.text(p.body()).contains("<edXML:CodeNumber>8870<"))
                        .findFirst(), java.util.Optional::isPresent).orElseThrow();
        assertThat(SignedPackages.withoutGatewayAdditions(delivered.body())).isEqualTo(sent);
        assertThat(SignedPackages.text(delivered.body())).contains(bomb.lines().findFirst().orElseThrow());
        assertThat(new String(sent, StandardCharsets.UTF_8)).contains("application/zip");
        // The same footprint the refusals leave unchanged moves here, which shows it counts what it should.
        Footprint after = footprint();
        assertThat(after.messages()).isEqualTo(before.messages() + 1);
        assertThat(after.deliveries()).isEqualTo(before.deliveries() + 2);
        assertThat(after.dispatchMessagesAdded()).isGreaterThanOrEqualTo(before.dispatchMessagesAdded() + 2);
    }
}
