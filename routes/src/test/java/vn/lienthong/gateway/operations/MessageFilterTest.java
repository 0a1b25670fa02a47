package vn.lienthong.gateway.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import vn.lienthong.gateway.store.MessageState;

/** Operator filters as typed: dates are whole days in the department's zone, bad values name the parameter. */
class MessageFilterTest {

    private static final ZoneId HA_TINH = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void aDateRangeCoversWholeDaysInTheDepartmentsZone() {
        MessageFilter filter = MessageFilter.parse(null, null, null, null, null, "2026-11-20", "2026-11-20", null,
                HA_TINH);

        assertThat(filter.from()).isEqualTo(Instant.parse("2026-11-19T17:00:00Z"));
        assertThat(filter.to()).isEqualTo(Instant.parse("2026-11-20T17:00:00Z"));
    }

    @Test
    void blanksAreNoFilterAndStatesIgnoreCase() {
        MessageFilter filter = MessageFilter.parse("dead", " ", "", "  123/QĐ-SGDĐT ", null, null, null, null, HA_TINH);

        assertThat(filter.state()).isEqualTo(MessageState.DEAD);
        assertThat(filter.sender()).isNull();
        assertThat(filter.number()).isEqualTo("123/QĐ-SGDĐT");
    }

    @Test
    void anUnknownStateOrDateNamesTheParameter() {
        assertThatThrownBy(() -> MessageFilter.parse("LOST", null, null, null, null, null, null, null, HA_TINH))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.parameter()).isEqualTo("state"));
        assertThatThrownBy(() -> MessageFilter.parse(null, null, null, null, null, null, "20/11/2026", null, HA_TINH))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.parameter()).isEqualTo("to"));
    }

    @Test
    void likeWildcardsTypedByAnOperatorAreLiteral() {
        assertThat(MessageSearchQueries.likeEscaped("100%_đạt\\")).isEqualTo("100\\%\\_đạt\\\\");
    }
}
