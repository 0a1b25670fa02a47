package vn.lienthong.connectors.vdxp;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The HMAC-SHA256 that authenticates a request's {@code XroadVnpt-} headers under the per-system secret.
 *
 * <p>The canonical rendering, the one thing both ends must agree on byte for byte, is defined here only:
 * a compact JSON object (no whitespace, UTF-8, non-ASCII not escaped) whose members are the headers of
 * {@link VdxpHeaders#SIGNED} that the request carries, in that order, each named by its header name without
 * the prefix in lower case ({@code systemid}, {@code timestamp}, {@code servicetype}, {@code messagetype},
 * {@code from}, {@code to}, {@code docid}, {@code status}, {@code sha256}), each value the header's text as a
 * JSON string (so {@code to} is the text of its JSON array). Example:
 * {@code {"systemid":"sgddt-ha-tinh","timestamp":"2026-11-22T01:00:00Z","servicetype":"eDoc","to":"[\"000.00.00.G22\"]"}}.
 * The signature header is the standard base64 of the HMAC of those bytes.
 */
public final class VdxpSignature {

    private static final ObjectMapper JSON = new ObjectMapper();

    private VdxpSignature() {
    }

    /** The canonical bytes of the signed headers present in {@code headers} (names matched case-insensitively). */
    public static byte[] canonical(Map<String, String> headers) {
        Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(headers);
        ObjectNode node = JSON.createObjectNode();
        for (String name : VdxpHeaders.SIGNED) {
            String value = byName.get(name);
            if (value != null) {
                node.put(name.substring(VdxpHeaders.PREFIX.length()).toLowerCase(Locale.ROOT), value);
            }
        }
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render headers as JSON", e);
        }
    }

    /** The value of {@link VdxpHeaders#SIGNATURE} for these headers under {@code secret}. */
    public static String sign(Map<String, String> headers, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(canonical(headers)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Compares in time independent of where the values differ, so the check leaks nothing about the secret. */
    public static boolean verify(Map<String, String> headers, String secret, String presented) {
        return presented != null && MessageDigest.isEqual(sign(headers, secret).getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.US_ASCII));
    }
}
