package vn.lienthong.gateway.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.SignedPackages;
import vn.lienthong.simulators.ReceivedSoapPackage;
import vn.lienthong.simulators.SoapPartnerSimulator.Mode;

/** The {@code soap} transport against a SOAP e-office on loopback: accepted, refused by a fault, retried after 503. */
class SoapTransportIT extends SoapPartnersIT {

    @AfterEach
    void acceptAgain() {
        canLocSystem.answer(Mode.ACCEPT);
    }

    @Test
    void sendsThePackageWithTheMessageIdAsSoapAndHttpHeader() {
        byte[] sample = documentFor(SOAP_DISTRICT, 5501);

        String id = post(sample);

        awaitState(id, "DELIVERED");
        ReceivedSoapPackage received = receivedNumbered(5501);
        assertThat(SignedPackages.withoutGatewayAdditions(received.packageBytes())).isEqualTo(sample);
        assertThat(received.soapMessageId()).isEqualTo(received.httpMessageId()).isEqualTo(deliveryTo(id));
    }

    @Test
    void aClientFaultIsAPermanentRefusal() {
        canLocSystem.answer(Mode.CLIENT_FAULT);

        String id = post(documentFor(SOAP_DISTRICT, 5502));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(deliveryState(id)).isEqualTo("REJECTED"));
        assertThat(outcomes(id)).containsExactly("PERMANENT_REFUSAL");
    }

    @Test
    void anUnavailablePartnerIsRetriedUntilItAccepts() {
        canLocSystem.answer(Mode.UNAVAILABLE);

        String id = post(documentFor(SOAP_DISTRICT, 5503));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(outcomes(id)).hasSizeGreaterThan(1));
        canLocSystem.answer(Mode.ACCEPT);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(deliveryState(id)).isEqualTo("DELIVERED"));
        List<String> outcomes = outcomes(id);
        assertThat(outcomes).startsWith("TRANSIENT_FAILURE", "TRANSIENT_FAILURE").endsWith("ACCEPTED");
        assertThat(jdbc.sql("""
                        select a.detail from attempts a join deliveries d on d.id = a.delivery_id
                        where d.message_id = ? and d.connector_id = 'phong-gddt-can-loc' order by a.attempt_no""")
                .param(id).query(String.class).list().get(0)).contains("503");
        assertThat(receivedNumbered(5503).soapMessageId()).isEqualTo(deliveryTo(id));
    }

    private String post(byte[] sample) {
        return JsonPath.read(postDocument(sample, ConnectorFiles.DEPARTMENT_KEY).getBody(), "$.id");
    }

    private void awaitState(String id, String state) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(deliveryState(id)).isEqualTo(state));
    }

    private String deliveryState(String id) {
        awaitProcessed(id);
        return jdbc.sql("select state from deliveries where message_id = ? and connector_id = 'phong-gddt-can-loc'")
                .param(id).query(String.class).single();
    }

    private String deliveryTo(String id) {
        awaitProcessed(id);
        return jdbc.sql("select id from deliveries where message_id = ? and connector_id = 'phong-gddt-can-loc'")
                .param(id).query(String.class).single();
    }

    private List<String> outcomes(String id) {
        return jdbc.sql("""
                        select a.outcome from attempts a join deliveries d on d.id = a.delivery_id
                        where d.message_id = ? and d.connector_id = 'phong-gddt-can-loc' order by a.attempt_no""")
                .param(id).query(String.class).list();
    }

    private static ReceivedSoapPackage receivedNumbered(int number) {
        return canLocSystem.received().stream()
                .filter(p -> new String(p.packageBytes(), StandardCharsets.UTF_8)
                        .contains("<edXML:CodeNumber>" + number + "<"))
                .findFirst().orElseThrow();
    }
}
