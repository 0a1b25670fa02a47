package vn.lienthong.connectors.vdxp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The SDK's timestamp, its unpadded hash-file and the ASCII answers and reasons, against fixed vectors. */
class VdxpWireFormatsTest {

    /** SHA-256 6227cdd5 53530413 0d7610f9 1abc024e …: five bytes below 0x10, so 59 characters (Python's hashlib). */
    private static final byte[] PACKAGE = "Văn bản thử nghiệm".getBytes(StandardCharsets.UTF_8);
    private static final String UNPADDED = "6227cdd55353413d7610f91abc24e6ef8654155156c76fde17d39da73bc";
    private static final String PADDED = "6227cdd5535304130d7610f91abc024e6ef8654155156c76fde17d039d0a73bc";

    @Test
    void theTimestampWritesMillisecondsOnFourDigitsInLocalTime() {
        Instant at = Instant.parse("2026-11-22T01:15:02.042Z");

        assertThat(VdxpTimestamp.format(at, VdxpClient.PLATFORM_ZONE)).isEqualTo("22112026T081502+0042");
        assertThat(VdxpTimestamp.parse("22112026T081502+0042", VdxpClient.PLATFORM_ZONE)).isEqualTo(at);
    }

    @Test
    void aTimestampOfAnotherShapeIsRefusedWithTheExpectedOne() {
        assertThatThrownBy(() -> VdxpTimestamp.parse("2026-11-22T08:15:02Z", VdxpClient.PLATFORM_ZONE))
                .hasMessageContaining("ddMMyyyy'T'HHmmss+SSSS");
        assertThatThrownBy(() -> VdxpTimestamp.parse("31022026T081502+0042", VdxpClient.PLATFORM_ZONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VdxpTimestamp.parse("22112026T081502+1042", VdxpClient.PLATFORM_ZONE))
                .hasMessageContaining("milliseconds");
    }

    @Test
    void theHashFileDropsLeadingZerosAsTheSdkDoesAndEitherRenderingMatches() {
        assertThat(VdxpHashFile.of(PACKAGE)).isEqualTo(UNPADDED).hasSize(59);
        assertThat(VdxpHashFile.matches(UNPADDED, PADDED)).isTrue();
        assertThat(VdxpHashFile.matches(PADDED.toUpperCase(), PADDED)).isTrue();
        assertThat(VdxpHashFile.matches(UNPADDED.replace('6', '7'), PADDED)).isFalse();
        assertThat(VdxpHashFile.matches(null, PADDED)).isFalse();
    }

    @Test
    void theSendEdocBodyIsThePackageWithOrWithoutTheSdksTrailingCrlf() {
        byte[] withCrlf = (new String(PACKAGE, StandardCharsets.UTF_8) + "\r\n").getBytes(StandardCharsets.UTF_8);

        assertThat(VdxpHashFile.packageIn(withCrlf, UNPADDED)).hasValue(PACKAGE);
        assertThat(VdxpHashFile.packageIn(PACKAGE, PADDED)).hasValue(PACKAGE);
        assertThat(VdxpHashFile.packageIn(withCrlf, VdxpHashFile.of(withCrlf))).hasValue(withCrlf);
        assertThat(VdxpHashFile.packageIn("khác".getBytes(StandardCharsets.UTF_8), UNPADDED)).isEmpty();
    }

    @Test
    void answersAreAsciiWithVietnameseEscaped() {
        byte[] answer = VdxpAnswers.fail(new VdxpRefusal(VdxpErrorCode.INVALID_PACKAGE, "Trích yếu: bắt buộc"));

        assertThat(new String(answer, StandardCharsets.US_ASCII)).isEqualTo("{\"status\":\"FAIL\",\"ErrorCode\":"
                + "\"INVALID_PACKAGE\",\"ErrorDesc\":\"Tr\\u00EDch y\\u1EBFu: b\\u1EAFt bu\\u1ED9c\"}");
        assertThat(new String(VdxpAnswers.ok(java.util.Map.of("DocId", "m-1")), StandardCharsets.US_ASCII))
                .isEqualTo("{\"status\":\"OK\",\"ErrorCode\":\"0\",\"ErrorDesc\":\"Thanh cong\",\"DocId\":\"m-1\"}");
    }

    @Test
    void aReasonTravelsAsAsciiAndReadsBackTheSame() {
        String reason = "MessageHeader/Subject: required (was \"\") — thiếu trích yếu";

        assertThat(VdxpText.escape(reason)).isEqualTo("MessageHeader/Subject: required (was \"\") \\u2014 thi\\u1ebfu"
                + " tr\\u00edch y\\u1ebfu");
        assertThat(VdxpText.unescape(VdxpText.escape(reason))).isEqualTo(reason);
        assertThat(VdxpText.escape("x".repeat(600))).hasSize(VdxpText.MAX_LENGTH);
    }
}
