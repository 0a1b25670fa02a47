package vn.lienthong.schemas.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ViolationTest {

    @Test
    void toStringNamesElementRuleAndValue() {
        Violation v = new Violation("MessageHeader/Subject", "max-length 500", "Về việc");

        assertThat(v).hasToString("MessageHeader/Subject: max-length 500 (was \"Về việc\")");
    }

    @Test
    void toStringOmitsAnEmptyValue() {
        assertThat(new Violation("MessageHeader/Subject", "required", null))
                .hasToString("MessageHeader/Subject: required");
    }

    @Test
    void ruleIdDropsTheParameter() {
        assertThat(new Violation("x", "date-format yyyy/MM/dd", "").ruleId()).isEqualTo("date-format");
        assertThat(new Violation("x", "required", "").ruleId()).isEqualTo("required");
    }

    @Test
    void ofCutsLongValuesAtHundredCodePoints() {
        String vietnamese = "Đề nghị thu hồi văn bản ".repeat(20);

        Violation v = Violation.of("MessageHeader/Description", "max-length 500", vietnamese);

        assertThat(v.value()).endsWith("…").startsWith("Đề nghị thu hồi");
        assertThat(v.value().codePointCount(0, v.value().length())).isEqualTo(Violation.MAX_QUOTED_CODE_POINTS + 1);
    }

    @Test
    void ofNeverSplitsASurrogatePair() {
        String emoji = "\uD83D\uDCC4".repeat(150);

        String value = Violation.of("x", "y", emoji).value();

        assertThat(value).isEqualTo("\uD83D\uDCC4".repeat(100) + "…");
    }

    @Test
    void ofKeepsShortValues() {
        assertThat(Violation.of("x", "y", "000.00.13.H53").value()).isEqualTo("000.00.13.H53");
    }

    @Test
    void rejectionMessageJoinsEveryViolation() {
        PackageRejectedException e = new PackageRejectedException(List.of(
                new Violation("MessageHeader/Subject", "required", ""),
                new Violation("MessageHeader/To[2]/OrganId", "agency-code-format AAA.BB.CC.DDD", "G03")));

        assertThat(e).hasMessage("MessageHeader/Subject: required; "
                + "MessageHeader/To[2]/OrganId: agency-code-format AAA.BB.CC.DDD (was \"G03\")");
        assertThat(e.violations()).hasSize(2);
    }

    @Test
    void rejectionWithoutViolationsIsAProgrammingError() {
        assertThatThrownBy(() -> new PackageRejectedException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
