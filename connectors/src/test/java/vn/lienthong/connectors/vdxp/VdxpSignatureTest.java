package vn.lienthong.connectors.vdxp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

/** Signing and verification of the SDK's headers, pinned to HMACs computed outside Java (Python's hmac module). */
class VdxpSignatureTest {

    private static final String SECRET = "bí-mật-thử";
    private static final String SYSTEM = "vnpt-ioffice-sgddt";
    /** 2026-01-05 07:00:00.007 in Vietnam. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T00:00:00.007Z"), ZoneOffset.UTC);

    /** The SDK's HashMap gave this order, unlike ours; the HMAC was taken over exactly this text. */
    private static final String SDK_TEXT = "{\"XroadVnpt-messagetype\":\"status\",\"XroadVnpt-Content-Type\":"
            + "\"application/json\",\"XroadVnpt-systemid\":\"vnpt-ioffice-sgddt\",\"XroadVnpt-servicetype\":\"eDoc\","
            + "\"XroadVnpt-timestamp\":\"05012026T070000+0007\"}";
    private static final String SDK_HMAC = "38d8650682f6ba272fdd4ce6d68a2bafdc8c1d251e5e7cf54d14158a56607d79";

    @Test
    void signsTheMapInItsOrderWithHexHmacKeyListAndTheSdkFixedHeaders() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("timestamp", "22112026T081502+0042");
        entries.put("systemid", "sgddt-ha-tinh");
        entries.put("Content-Type", "application/json");
        entries.put("servicetype", "eDoc");
        entries.put("messagetype", "edoc");

        List<Map.Entry<String, String>> headers = VdxpSignature.sign(entries, SECRET).headers();

        assertThat(headers).extracting(Map.Entry::getKey).containsExactly("XroadVnpt-timestamp",
                "XroadVnpt-systemid", "Content-Type", "XroadVnpt-Content-Type", "XroadVnpt-servicetype",
                "XroadVnpt-messagetype", "XroadVnpt-sign-header-key", "XroadVnpt-sign-header",
                "XroadVnpt-hash-header", "User-Agent", "XroadVnpt-version");
        Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach(h -> byName.putIfAbsent(h.getKey(), h.getValue()));
        assertThat(byName).containsEntry("XroadVnpt-sign-header-key", "timestamp;systemid;Content-Type;servicetype;"
                        + "messagetype")
                .containsEntry("XroadVnpt-sign-header", "{\"XroadVnpt-timestamp\":\"22112026T081502+0042\","
                        + "\"XroadVnpt-systemid\":\"sgddt-ha-tinh\",\"XroadVnpt-Content-Type\":\"application/json\","
                        + "\"XroadVnpt-servicetype\":\"eDoc\",\"XroadVnpt-messagetype\":\"edoc\"}")
                .containsEntry("XroadVnpt-hash-header",
                        "bb593c3729bc034b015fca6c0532a4ec43ee566f0489fb58fd38fd540f5d7afb")
                .containsEntry("Content-Type", "application/json")
                .containsEntry("User-Agent", "JAVASDKAgent/1.0.0 XRoad/VPCP")
                .containsEntry("XroadVnpt-version", "3.0.201608");
    }

    @Test
    void verifiesTheTextAsReceivedWhateverTheOrderOfItsMembers() {
        VdxpSignature.Verified verified = verify(sdkRequest(), null);

        assertThat(verified.systemId()).isEqualTo(SYSTEM);
        assertThat(verified.timestamp()).isEqualTo(Instant.parse("2026-01-05T00:00:00.007Z"));
        assertThat(verified.signed()).containsKeys("messagetype", "Content-Type", "systemid", "servicetype",
                "timestamp");
        assertThat(verified.value("messageType")).contains("status");
    }

    @Test
    void whatOurSignerWritesOurVerifierAccepts() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("timestamp", VdxpTimestamp.format(CLOCK.instant(), VdxpClient.PLATFORM_ZONE));
        entries.put("systemid", SYSTEM);
        entries.put("docid", "d-1");
        Map<String, List<String>> received = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        VdxpSignature.sign(entries, SECRET).headers()
                .forEach(h -> received.computeIfAbsent(h.getKey(), k -> new ArrayList<>()).add(h.getValue()));

        assertThat(verify(received, Duration.ofMinutes(5)).value("docId", "docid")).contains("d-1");
    }

    @Test
    void aValueOutsideAsciiIsCheckedOverTheBytesAsTheyArrived() {
        String text = "{\"XroadVnpt-systemid\":\"vnpt-ioffice-sgddt\",\"XroadVnpt-timestamp\":\"05012026T070000+0007\","
                + "\"XroadVnpt-description\":\"Thiếu trích yếu\"}";
        Map<String, List<String>> received = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        // A server decodes header bytes as ISO-8859-1: that is how the UTF-8 text reaches the verifier.
        received.put("XroadVnpt-sign-header", List.of(iso(text)));
        received.put("XroadVnpt-sign-header-key", List.of("systemid;timestamp;description"));
        received.put("XroadVnpt-hash-header", List.of("c1854386cfffdc88bc2db9d50665e10617e301bf57ba74dcba40d04449b6a312"));
        received.put("XroadVnpt-systemid", List.of(SYSTEM));
        received.put("XroadVnpt-timestamp", List.of("05012026T070000+0007"));
        received.put("XroadVnpt-description", List.of(iso("Thiếu trích yếu")));

        assertThat(verify(received, null).value("description")).contains("Thiếu trích yếu");
    }

    @Test
    void keysDifferingInCaseNeedOneOfTheirValuesSentAsHttpUrlConnectionKeepsOnlyOne() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("timestamp", "05012026T070000+0007");
        entries.put("systemid", SYSTEM);
        entries.put("docId", "văn-bản-2");
        entries.put("docid", "văn-bản-1");
        Map<String, List<String>> received = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        VdxpSignature.sign(entries, SECRET).headers().forEach(h -> received.put(h.getKey(), List.of(h.getValue())));
        Map<String, List<String>> forged = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        forged.putAll(received);
        forged.put("XroadVnpt-docid", List.of("văn-bản-3"));

        assertThat(received.get("XroadVnpt-docId")).containsExactly("văn-bản-1");
        assertThat(verify(received, null).value("docId")).contains("văn-bản-2");
        assertRefused(() -> verify(forged, null), VdxpErrorCode.INVALID_HEADER, "XroadVnpt-docId: equals-signed-member");
    }

    @Test
    void aMemberThatDiffersFromItsHeaderIsRefused() {
        Map<String, List<String>> request = sdkRequest();
        request.put("XroadVnpt-messagetype", List.of("edoc"));

        assertRefused(() -> verify(request, null), VdxpErrorCode.INVALID_HEADER,
                "XroadVnpt-messagetype: equals-signed-member \"status\" (was \"edoc\")");
    }

    @Test
    void aSignedKeyWhoseHeaderWasNotSentIsRefused() {
        Map<String, List<String>> request = sdkRequest();
        request.remove("XroadVnpt-servicetype");

        assertRefused(() -> verify(request, null), VdxpErrorCode.INVALID_HEADER, "XroadVnpt-servicetype");
    }

    @Test
    void anAlteredTextOrAnotherSecretBreaksTheHmac() {
        Map<String, List<String>> altered = sdkRequest();
        altered.put("XroadVnpt-sign-header", List.of(SDK_TEXT.replace("status", "edoc")));

        assertRefused(() -> verify(altered, null), VdxpErrorCode.INVALID_SIGNATURE, "XroadVnpt-hash-header");
        assertRefused(() -> VdxpSignature.verify(sdkRequest()::get, id -> Optional.of("bí-mật-khác"), policy(null)),
                VdxpErrorCode.INVALID_SIGNATURE, "under the secret of system vnpt-ioffice-sgddt");
    }

    @Test
    void aMissingSignatureHeaderOrRequiredKeyIsNamed() {
        Map<String, List<String>> noHash = sdkRequest();
        noHash.remove("XroadVnpt-hash-header");
        VdxpSignature.Policy needsHashFile = new VdxpSignature.Policy(List.of("systemid", "timestamp", "hash-file"),
                VdxpClient.PLATFORM_ZONE, null, CLOCK);

        assertRefused(() -> verify(noHash, null), VdxpErrorCode.INVALID_HEADER,
                "XroadVnpt-hash-header: required-header");
        assertRefused(() -> VdxpSignature.verify(sdkRequest()::get, id -> Optional.of(SECRET), needsHashFile),
                VdxpErrorCode.INVALID_HEADER, "XroadVnpt-hash-file: required-signed-key");
    }

    @Test
    void aKeyListThatDoesNotNameTheMembersIsRefused() {
        Map<String, List<String>> request = sdkRequest();
        request.put("XroadVnpt-sign-header-key", List.of("messagetype;Content-Type;systemid;servicetype"));

        assertRefused(() -> verify(request, null), VdxpErrorCode.INVALID_HEADER, "XroadVnpt-sign-header-key");
    }

    @Test
    void anUnknownSystemIsRefusedBeforeAnyHmacIsTaken() {
        assertRefused(() -> VdxpSignature.verify(sdkRequest()::get, id -> Optional.empty(), policy(null)),
                VdxpErrorCode.UNKNOWN_SYSTEM, "XroadVnpt-systemid: registered-system (was \"vnpt-ioffice-sgddt\")");
    }

    @Test
    void theFreshnessWindowIsAppliedOnlyWhenSet() {
        VdxpSignature.Policy tenMinutesLater = new VdxpSignature.Policy(List.of(), VdxpClient.PLATFORM_ZONE,
                Duration.ofMinutes(5), Clock.offset(CLOCK, Duration.ofMinutes(10)));

        assertThat(verify(sdkRequest(), Duration.ofMinutes(5)).systemId()).isEqualTo(SYSTEM);
        assertRefused(() -> VdxpSignature.verify(sdkRequest()::get, id -> Optional.of(SECRET), tenMinutesLater),
                VdxpErrorCode.STALE_TIMESTAMP, "XroadVnpt-timestamp: within PT5M");
    }

    @Test
    void unsignedHeadersAreIgnoredAndDuplicateMembersRefused() {
        Map<String, List<String>> extra = sdkRequest();
        extra.put("XroadVnpt-docId", List.of("không-được-ký"));
        Map<String, List<String>> duplicate = sdkRequest();
        duplicate.put("XroadVnpt-sign-header", List.of(SDK_TEXT.replace("}", ",\"XroadVnpt-systemid\":\"x\"}")));

        assertThat(verify(extra, null).value("docId")).isEmpty();
        assertRefused(() -> verify(duplicate, null), VdxpErrorCode.INVALID_SIGNATURE, "XroadVnpt-hash-header");
    }

    private static Map<String, List<String>> sdkRequest() {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("XroadVnpt-sign-header", List.of(SDK_TEXT));
        headers.put("XroadVnpt-sign-header-key", List.of("messagetype;Content-Type;systemid;servicetype;timestamp"));
        headers.put("XroadVnpt-hash-header", List.of(SDK_HMAC));
        headers.put("XroadVnpt-messagetype", List.of("status"));
        headers.put("XroadVnpt-Content-Type", List.of("application/json"));
        headers.put("Content-Type", List.of("application/x-www-form-urlencoded"));
        headers.put("XroadVnpt-systemid", List.of(SYSTEM));
        headers.put("XroadVnpt-servicetype", List.of("eDoc"));
        headers.put("XroadVnpt-timestamp", List.of("05012026T070000+0007"));
        return headers;
    }

    private static VdxpSignature.Verified verify(Map<String, List<String>> headers, Duration window) {
        return VdxpSignature.verify(headers::get, id -> SYSTEM.equals(id) ? Optional.of(SECRET) : Optional.empty(),
                policy(window));
    }

    private static VdxpSignature.Policy policy(Duration window) {
        return new VdxpSignature.Policy(List.of("systemid", "timestamp"), VdxpClient.PLATFORM_ZONE, window, CLOCK);
    }

    private static String iso(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private static void assertRefused(ThrowableAssert.ThrowingCallable call, VdxpErrorCode code, String description) {
        assertThatThrownBy(call).isInstanceOfSatisfying(VdxpRefusal.class, refusal -> {
            assertThat(refusal.code()).isEqualTo(code);
            assertThat(refusal.getMessage()).contains(description);
        });
    }
}
