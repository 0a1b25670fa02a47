package vn.lienthong.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The hash of an audit row covers every field and the previous hash, and no two rows read alike. */
class AuditChainTest {

    private static final Instant AT = Instant.parse("2026-11-20T02:15:30.123Z");

    @Test
    void theSameRowAlwaysHashesTheSame() {
        String first = AuditChain.hash(1, AT, "admin", "REPLAY", "message:1", "Đối tác đã khắc phục sự cố", null,
                AuditChain.GENESIS);
        String again = AuditChain.hash(1, AT, "admin", "REPLAY", "message:1", "Đối tác đã khắc phục sự cố", null,
                AuditChain.GENESIS);

        assertThat(first).hasSize(64).isEqualTo(again);
    }

    @Test
    void changingAnyFieldOrThePreviousHashChangesTheHash() {
        String original = AuditChain.hash(7, AT, "admin", "REPLAY", "message:1", "lý do", "d", AuditChain.GENESIS);

        assertThat(AuditChain.hash(7, AT, "admin", "REPLAY", "message:1", "lý do khác", "d", AuditChain.GENESIS))
                .isNotEqualTo(original);
        assertThat(AuditChain.hash(7, AT.plusMillis(1), "admin", "REPLAY", "message:1", "lý do", "d",
                AuditChain.GENESIS)).isNotEqualTo(original);
        assertThat(AuditChain.hash(7, AT, "admin", "REPLAY", "message:1", "lý do", "d", "1".repeat(64)))
                .isNotEqualTo(original);
    }

    @Test
    void movingTextAcrossAFieldBoundaryGivesAnotherCanonicalText() {
        assertThat(AuditChain.canonical(1, AT, "ab", "c", "t", null, null))
                .isNotEqualTo(AuditChain.canonical(1, AT, "a", "bc", "t", null, null));
        assertThat(AuditChain.canonical(1, AT, "a", "b", "t", "x\n2:yy", null))
                .isNotEqualTo(AuditChain.canonical(1, AT, "a", "b", "t", "x", "yy"));
    }

    @Test
    void anEmptyFieldAndAMissingOneDiffer() {
        assertThat(AuditChain.canonical(1, AT, "a", "b", "t", "", null))
                .isNotEqualTo(AuditChain.canonical(1, AT, "a", "b", "t", null, null));
    }
}
