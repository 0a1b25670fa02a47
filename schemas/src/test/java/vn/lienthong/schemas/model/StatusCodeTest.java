package vn.lienthong.schemas.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class StatusCodeTest {

    @Test
    void tableHasTheNineCodesOfTheStandard() {
        assertThat(Arrays.stream(StatusCode.values()).map(StatusCode::code))
                .containsExactly("01", "02", "03", "04", "05", "06", "13", "15", "16");
    }

    @Test
    void findsACodeAsWritten() {
        assertThat(StatusCode.fromCode("03")).contains(StatusCode.ACCEPTED);
        assertThat(StatusCode.ACCEPTED.description()).contains("vào sổ");
    }

    @Test
    void unknownOrUnpaddedCodesAreNotFound() {
        assertThat(StatusCode.fromCode("07")).isEmpty();
        assertThat(StatusCode.fromCode("3")).isEmpty();
        assertThat(StatusCode.fromCode(null)).isEmpty();
    }
}
