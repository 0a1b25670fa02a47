package vn.lienthong.gateway.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import vn.lienthong.gateway.support.SignedPackages;
import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.PlatformGatewayIT;
import vn.lienthong.simulators.LgspSimulator;
import vn.lienthong.simulators.ReceivedPackage;

/** The provincial People's Committee behind the LGSP: documents posted with a bearer token, and polled in. */
class LgspTransportIT extends PlatformGatewayIT {

    @Test
    void aDocumentForTheProvinceIsPostedWithAValidTokenAndATokenRevokedEarlyIsRenewedOnce() {
        byte[] first = departmentDocumentTo(PROVINCE, 701);
        String firstId = JsonPath.read(postDocument(first, ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.id");
        awaitDelivered(firstId);
        int tokensBefore = provincialPlatform.tokensIssued();

        provincialPlatform.revokeTokens();
        byte[] second = departmentDocumentTo(PROVINCE, 702);
        String secondId = JsonPath.read(postDocument(second, ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.id");

        awaitDelivered(secondId);
        assertThat(provincialPlatform.posted()).extracting(p -> SignedPackages.withoutGatewayAdditions(p.pkg()))
                .contains(first, second);
        LgspSimulator.PostedDocument posted = provincialPlatform.posted().stream()
                .filter(p -> java.util.Arrays.equals(SignedPackages.withoutGatewayAdditions(p.pkg()), second))
                .findFirst().orElseThrow();
        assertThat(posted.json().path("from").asText()).isEqualTo(DEPARTMENT);
        assertThat(posted.json().path("to").get(0).asText()).isEqualTo(PROVINCE);
        assertThat(provincialPlatform.tokensIssued()).isEqualTo(tokensBefore + 1);
    }

    @Test
    void aDocumentHeldForTheDepartmentIsPolledDeliveredAndMarkedProcessingThenDone() {
        byte[] fromProvince = documentFrom(PROVINCE, 801);

        provincialPlatform.hold("lgsp-801", DEPARTMENT, fromProvince);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(districtSystem.received())
                .extracting(ReceivedPackage::body).anySatisfy(body -> assertThat(SignedPackages.withoutGatewayAdditions(body)).isEqualTo(fromProvince)));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(provincialPlatform.statusUpdates())
                .filteredOn(update -> update.id().equals("lgsp-801")).extracting(LgspSimulator.StatusUpdate::status)
                .containsExactly("PROCESSING", "DONE"));
    }

    @Test
    void aPackageFromAnAgencyTheConnectorDoesNotReachIsMarkedFailWithTheReason() {
        byte[] fromElsewhere = documentFrom("000.00.02.H53", 802);

        provincialPlatform.hold("lgsp-802", DEPARTMENT, fromElsewhere);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(provincialPlatform.statusUpdates())
                .anySatisfy(update -> {
                    assertThat(update.id()).isEqualTo("lgsp-802");
                    assertThat(update.status()).isEqualTo("FAIL");
                    assertThat(update.reason()).contains("sender-authorised").contains("000.00.02.H53");
                }));
        assertThat(districtSystem.received()).extracting(ReceivedPackage::body)
                .noneSatisfy(body -> assertThat(new String(body, StandardCharsets.UTF_8)).contains(">802<"));
    }

    private void awaitDelivered(String id) {
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() ->
                assertThat((String) JsonPath.read(getDocument(id, ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.state"))
                        .isEqualTo("DELIVERED"));
    }
}
