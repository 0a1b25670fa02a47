package vn.lienthong.schemas.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AgencyCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"000.00.00.G22", "000.00.00.G03", "000.00.13.H53", "000.20.31.H53", "123.45.67.K99"})
    void acceptsCodesOfEveryLevel(String code) {
        assertThat(AgencyCode.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "G03", "000.00.00.G3", "000.00.00.GG3", "000.00.00.g03", "00.00.00.G03", "000.0.00.G03",
            "000-00-00-G03", "000.00.00.G03 ", " 000.00.00.G03", "000.00.00.003", "000.00.AB.H53", "000.00.00.H53.1"})
    void refusesAnythingElse(String code) {
        assertThat(AgencyCode.isValid(code)).isFalse();
    }
}
