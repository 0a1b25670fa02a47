package vn.lienthong.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.lienthong.schemas.rules.PackageRules;

/** The samples shipped on the classpath for other modules stay identical to this module's valid fixtures. */
class SamplesTest {

    @ParameterizedTest
    @ValueSource(strings = {"valid-new-document.xml", "valid-header-reordered.xml", "valid-status-03.xml"})
    void sampleMatchesItsFixture(String name) {
        assertThat(Fixtures.resource("/samples/" + name)).isEqualTo(Fixtures.bytes(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"valid-new-document.xml", "valid-header-reordered.xml", "valid-status-03.xml"})
    void sampleIsAcceptedOnTheRealClockToo(String name) {
        // Other modules' tests may not fix the clock: the samples must be valid today and every day after.
        EdxmlValidator validator = new EdxmlValidator(Fixtures.READER,
                new PackageRules(Clock.systemUTC()));

        assertThat(validator.validate(Fixtures.resource("/samples/" + name)).senderId()).isNotBlank();
    }
}
