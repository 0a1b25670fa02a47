package vn.lienthong.schemas.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Base64TextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "QQ==", "QUI=", "QUJD", "QUJD\r\nREVG", " QUJD REVG \n", "QQ", "QUI", "+/+/"})
    void acceptsBase64WithLineBreaksAndOptionalPadding(String text) {
        assertThat(Base64Text.isValid(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q", "QUJDR", "QQ=", "Q===", "QQ==QQ==", "QU=I", "QUJ-", "QUJ_", "QUJD%", "ĐÂY="})
    void refusesEverythingElse(String text) {
        assertThat(Base64Text.isValid(text)).isFalse();
    }

    @Test
    void pointsAtTheFirstBadCharacter() {
        assertThat(Base64Text.firstProblem("QUJD\nRE*G")).isEqualTo(7);
        assertThat(Base64Text.firstProblem("QUJDR")).isEqualTo(5);
        assertThat(Base64Text.firstProblem("QUJD")).isEqualTo(Base64Text.VALID);
    }

    @Test
    void agreesWithTheJdkEncoderOnEveryLength() {
        Random random = new Random(102);
        for (int length = 0; length < 64; length++) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            String mime = Base64.getMimeEncoder().encodeToString(data);
            String unpadded = Base64.getEncoder().withoutPadding().encodeToString(data);

            assertThat(Base64Text.isValid(mime)).as("length %d", length).isTrue();
            assertThat(Base64Text.isValid(unpadded)).as("unpadded length %d", length).isTrue();
        }
    }
}
