package vn.lienthong.gateway.attack;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.springframework.beans.factory.annotation.Autowired;

import vn.lienthong.gateway.support.Footprint;
import vn.lienthong.gateway.support.GatewayIT;
import vn.lienthong.gateway.support.Refusal;

/**
 * Base of the attack suite: a gateway that is sent what it must refuse, and the checks every refusal shares —
 * a 4xx naming element, rule and value, a SOAP fault code that blames the caller, and no trace in store or queue.
 */
abstract class AttackIT extends GatewayIT {

    @Autowired
    EmbeddedActiveMQ broker;

    Footprint footprint() {
        return Footprint.of(jdbc, broker);
    }

    /** The answer is the expected 4xx, in the channel's own form, with the violation the case names. */
    static void assertRefused(Refusal refusal, PartnerChannel channel, HostileCase attack) {
        assertRefused(refusal, channel, attack.status(), attack.element(), attack.rule(), attack.value());
    }

    static void assertRefused(Refusal refusal, PartnerChannel channel, int status, String element, String rule,
                              String value) {
        assertThat(refusal.httpStatus()).as(refusal.body()).isEqualTo(status);
        assertThat(refusal.status()).as(refusal.body()).isEqualTo(status);
        if (channel == PartnerChannel.SOAP) {
            assertThat(refusal.faultCode()).as(refusal.body()).isIn("Client", "Sender");
        }
        assertThat(refusal.detail()).as(refusal.body()).isNotBlank();
        assertThat(refusal.violations()).as(refusal.body()).anySatisfy(v -> {
            assertThat(v.element()).isEqualTo(element);
            assertThat(v.rule()).startsWith(rule);
            assertThat(v.value()).contains(value);
        });
    }
}
