package vn.lienthong.connectors.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Durations in connector files are written as a whole number and a unit, or as ISO-8601. */
class DurationTextTest {

    @ParameterizedTest
    @CsvSource({
        "500ms, PT0.5S",
        "2s, PT2S",
        "5m, PT5M",
        "1h, PT1H",
        "1d, PT24H",
        "0s, PT0S",
        "' 90s ', PT1M30S",
        "10 m, PT10M",
        "PT2S, PT2S",
        "pt1m30s, PT1M30S",
        "P1D, PT24H"
    })
    void parsesShortAndIsoForms(String text, String iso) {
        assertThat(DurationText.parse(text)).isEqualTo(Duration.parse(iso));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "2", "s", "2sec", "1.5s", "-2s", "2S", "1w", "P", "PT", "2 weeks", "99999999999999999d"
    })
    void rejectsAnythingElseAndSaysWhatIsExpected(String text) {
        assertThatThrownBy(() -> DurationText.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("expected a duration like 500ms, 2s, 5m, 1h, 1d or PT2S, was \"" + text + "\"");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> DurationText.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "PT0.5S, 500ms",
        "PT1.5S, 1500ms",
        "PT2S, 2s",
        "PT90S, 90s",
        "PT5M, 5m",
        "PT2H, 2h",
        "PT48H, 2d",
        "PT0S, 0s",
        "PT0.000001S, PT0.000001S",
        "PT-2S, PT-2S"
    })
    void formatsInTheLargestExactUnit(String iso, String text) {
        assertThat(DurationText.format(Duration.parse(iso))).isEqualTo(text);
    }

    @Test
    void formatsWhatItParses() {
        for (String text : new String[] {"750ms", "45s", "15m", "6h", "3d"}) {
            assertThat(DurationText.format(DurationText.parse(text))).isEqualTo(text);
        }
    }
}
