package vn.lienthong.schemas.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Base64ScannerTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "QQ==", "QUI=", "QUJD", "QUJD\r\nREVG", " QUJD REVG \n", "QQ", "QUI", "+/+/"})
    void acceptsBase64WithLineBreaksAndOptionalPadding(String text) {
        assertThat(Base64Scanner.of(text).problem()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q", "QUJDR", "QQ=", "Q===", "QQ==QQ==", "QU=I", "QUJ-", "QUJ_", "QUJD%", "ĐÂY="})
    void refusesEverythingElse(String text) {
        assertThat(Base64Scanner.of(text).problem()).isNotNull();
    }

    @Test
    void quotesFromTheFirstBadCharacterOrTheTailWhenOnlyTheLengthIsWrong() {
        assertThat(Base64Scanner.of("QUJD\nRE*G").problem()).isEqualTo("*G");
        assertThat(Base64Scanner.of("QUJDR").problem()).isEqualTo("QUJDR");
        assertThat(Base64Scanner.of("QUJD\r\n  REVG\nR").problem()).isEqualTo("QUJD REVG R");
    }

    @Test
    void quotesAtMostOneHundredCharactersOfALongText() {
        String longTail = "A".repeat(1_000) + "%" + "B".repeat(1_000);

        String problem = Base64Scanner.of(longTail).problem();

        assertThat(problem).startsWith("%B").hasSize(Base64Scanner.EXCERPT);
        assertThat(Base64Scanner.of("A".repeat(401)).problem()).isEqualTo("A".repeat(Base64Scanner.EXCERPT));
    }

    @Test
    void givesTheSameVerdictWhateverTheChunksTheTextArrivesIn() {
        char[] text = ("QUJD".repeat(50) + "\n" + "RE*G" + "QUJD".repeat(50)).toCharArray();
        Base64Scanner chunked = new Base64Scanner();
        for (int at = 0; at < text.length; at += 7) {
            chunked.accept(text, at, Math.min(7, text.length - at));
        }

        assertThat(chunked.problem()).isEqualTo(Base64Scanner.of(new String(text)).problem()).startsWith("*GQUJD");
        assertThat(chunked.length()).isEqualTo(text.length);
    }

    @Test
    void agreesWithTheJdkEncoderOnEveryLength() {
        Random random = new Random(102);
        for (int length = 0; length < 64; length++) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            String mime = Base64.getMimeEncoder().encodeToString(data);
            String unpadded = Base64.getEncoder().withoutPadding().encodeToString(data);

            assertThat(Base64Scanner.of(mime).problem()).as("length %d", length).isNull();
            assertThat(Base64Scanner.of(unpadded).problem()).as("unpadded length %d", length).isNull();
        }
    }

    @Test
    void chunksTakeTheFastPathWithTheSameVerdictAndExcerptAsCharacterByCharacter() {
        Random random = new Random(2016);
        String[] spoilers = {"", "=", "==", "%", "Đ", "=A", "A"};
        for (int round = 0; round < 300; round++) {
            byte[] data = new byte[random.nextInt(600)];
            random.nextBytes(data);
            StringBuilder text = new StringBuilder(Base64.getMimeEncoder().encodeToString(data));
            String spoiler = spoilers[random.nextInt(spoilers.length)];
            text.insert(random.nextInt(text.length() + 1), spoiler);
            char[] chars = text.toString().toCharArray();
            int chunk = 1 + random.nextInt(300);
            Base64Scanner chunked = new Base64Scanner();
            for (int at = 0; at < chars.length; at += chunk) {
                chunked.accept(chars, at, Math.min(chunk, chars.length - at));
            }

            Base64Scanner oneByOne = new Base64Scanner();
            text.chars().forEach(c -> oneByOne.accept((char) c));
            assertThat(Base64Scanner.of(text).problem()).isEqualTo(oneByOne.problem());
            assertThat(chunked.problem()).as("round %d, chunks of %d, spoiled by '%s'", round, chunk, spoiler)
                    .isEqualTo(oneByOne.problem());
            assertThat(chunked.length()).isEqualTo(oneByOne.length());
        }
    }
}
