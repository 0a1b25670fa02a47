package vn.lienthong.gateway.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.lienthong.gateway.support.Footprint;
import vn.lienthong.gateway.support.Refusal;

/**
 * Every hostile package of the catalogue, sent over REST and over SOAP, as a document or as a status: each earns a
 * 4xx naming the element, the rule and the value, and leaves no row and no work message behind.
 */
class HostilePackageIT extends AttackIT {

    static Stream<Arguments> documentAttacks() {
        return overBothChannels(HostileCatalogue.documents().stream());
    }

    static Stream<Arguments> statusAttacks() {
        return overBothChannels(HostileCatalogue.statuses().stream());
    }

    @ParameterizedTest(name = "{0} over {1}")
    @MethodSource("documentAttacks")
    void aHostileDocumentIsRefusedAndLeavesNothing(HostileCase attack, PartnerChannel channel) {
        refusedWithoutTrace(attack, channel);
    }

    @ParameterizedTest(name = "{0} over {1}")
    @MethodSource("statusAttacks")
    void aHostileStatusIsRefusedAndLeavesNothing(HostileCase attack, PartnerChannel channel) {
        refusedWithoutTrace(attack, channel);
    }

    /** Parsers that resolve entities fetch them eagerly; the trap would have seen any of the network cases. */
    @AfterAll
    static void noEntityWasEverFetched() {
        assertThat(HostileCatalogue.ENTITY_SERVER.requested()).isEmpty();
    }

    private void refusedWithoutTrace(HostileCase attack, PartnerChannel channel) {
        Footprint before = footprint();

        Refusal refusal = channel.send(http, attack.kind(), attack.bytes().get(), attack.apiKey());

        assertRefused(refusal, channel, attack);
        assertThat(footprint()).isEqualTo(before);
    }

    private static Stream<Arguments> overBothChannels(Stream<HostileCase> cases) {
        return cases.flatMap(c -> Arrays.stream(PartnerChannel.values()).map(channel -> Arguments.of(c, channel)));
    }
}
