package vn.lienthong.connectors.vdxp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The canonical rendering and its HMAC, pinned to a vector computed outside Java (Python's hmac module). */
class VdxpSignatureTest {

    private static final String SECRET = "bí-mật-thử";

    /** Deliberately in another order and with mixed case, as headers arrive from an HTTP server. */
    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("xroadvnpt-sha256", "abc");
        headers.put("XroadVnpt-docId", "d-1");
        headers.put("XroadVnpt-to", "[\"000.00.00.G22\"]");
        headers.put("XroadVnpt-from", "000.00.13.H53");
        headers.put("XroadVnpt-messagetype", "edoc");
        headers.put("XroadVnpt-servicetype", "eDoc");
        headers.put("XroadVnpt-timestamp", "2026-11-22T01:00:00Z");
        headers.put("XroadVnpt-systemid", "sgddt-ha-tinh");
        headers.put("Content-Type", "multipart/form-data");
        return headers;
    }

    @Test
    void rendersTheSignedHeadersInTheFixedOrderWithoutPrefixOrUnsignedHeaders() {
        assertThat(new String(VdxpSignature.canonical(headers()), StandardCharsets.UTF_8)).isEqualTo(
                "{\"systemid\":\"sgddt-ha-tinh\",\"timestamp\":\"2026-11-22T01:00:00Z\",\"servicetype\":\"eDoc\","
                        + "\"messagetype\":\"edoc\",\"from\":\"000.00.13.H53\",\"to\":\"[\\\"000.00.00.G22\\\"]\","
                        + "\"docid\":\"d-1\",\"sha256\":\"abc\"}");
    }

    @Test
    void signsWithHmacSha256UnderTheUtf8Secret() {
        assertThat(VdxpSignature.sign(headers(), SECRET)).isEqualTo("aoTJxLCxds71/uFm4DMFGg/ixex+RHGyfRYSCRnAQTc=");
    }

    @Test
    void aChangedHeaderOrAnotherSecretFailsVerification() {
        String signature = VdxpSignature.sign(headers(), SECRET);
        Map<String, String> tampered = headers();
        tampered.put("XroadVnpt-to", "[\"000.00.00.G03\"]");

        assertThat(VdxpSignature.verify(headers(), SECRET, signature)).isTrue();
        assertThat(VdxpSignature.verify(tampered, SECRET, signature)).isFalse();
        assertThat(VdxpSignature.verify(headers(), "bí-mật-khác", signature)).isFalse();
        assertThat(VdxpSignature.verify(headers(), SECRET, null)).isFalse();
    }

    @Test
    void classifiesReplies() {
        assertThat(VdxpReply.of(200, null).ok()).isFalse();
        assertThat(reply(200, "OK", "0").outcome().result().name()).isEqualTo("ACCEPTED");
        assertThat(reply(200, "FAIL", "INVALID_HASH").outcome().result().name()).isEqualTo("PERMANENT_REFUSAL");
        assertThat(reply(200, "FAIL", "SYSTEM_BUSY").outcome().result().name()).isEqualTo("TRANSIENT_FAILURE");
        assertThat(reply(503, "FAIL", "INVALID_HASH").outcome().result().name()).isEqualTo("TRANSIENT_FAILURE");
        assertThat(reply(401, "FAIL", "INVALID_SIGNATURE").outcome().result().name()).isEqualTo("PERMANENT_REFUSAL");
    }

    private static VdxpReply reply(int http, String status, String code) {
        return new VdxpReply(http, status, code, "", "", null);
    }
}
