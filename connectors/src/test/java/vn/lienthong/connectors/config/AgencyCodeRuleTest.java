package vn.lienthong.connectors.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static vn.lienthong.connectors.config.ConnectorFixtures.errorsOf;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import vn.lienthong.schemas.EdxmlValidator;
import vn.lienthong.schemas.model.PackageRejectedException;
import vn.lienthong.schemas.model.Violation;

/** A connector file judges an agency code by the rule a package is judged by: one code, one verdict. */
class AgencyCodeRuleTest {

    private static final String LETTER_IN_FIRST_GROUP = "A00.20.31.H53";
    private static final Clock AFTER_THE_SAMPLE = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"),
            ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void aConnectorFileRefusesALetterInTheFirstGroup() {
        assertThat(errorsOf("invalid-agency-letter-in-first-group.yaml")).containsExactly(new ConnectorError(
                "invalid-agency-letter-in-first-group.yaml", "agencies[0]",
                "must be an agency code like 000.00.13.H53 (AAA.BB.CC.DDD), was \"" + LETTER_IN_FIRST_GROUP + "\""));
    }

    @Test
    void aPackageRefusesTheSameCodeByTheSameRule() throws IOException {
        byte[] status = resource("/packages/status-from-letter-in-first-group.xml");

        PackageRejectedException refused = catchThrowableOfType(PackageRejectedException.class,
                () -> new EdxmlValidator(AFTER_THE_SAMPLE).validate(status));

        assertThat(refused).as("the package with %s was accepted", LETTER_IN_FIRST_GROUP).isNotNull();
        assertThat(refused.violations()).extracting(Violation::rule, Violation::value)
                .containsExactly(tuple("agency-code-format AAA.BB.CC.DDD", LETTER_IN_FIRST_GROUP));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = AgencyCodeRuleTest.class.getResourceAsStream(name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return in.readAllBytes();
        }
    }
}
