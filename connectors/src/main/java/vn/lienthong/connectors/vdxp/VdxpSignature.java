package vn.lienthong.connectors.vdxp;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How a request to the national platform is signed and how a receiver checks it, shared by Lienthong's client, its
 * VDXP simulator and its platform-compatible API (VnptService.addXroadVnptHashHeader of SDKVXP 2.0.1).
 *
 * <p>Signing: every entry {@code key: value} of the request's map, in the map's order, is sent as header
 * {@code XroadVnpt-<key>} (the {@code Content-Type} entry also as a plain {@code Content-Type}) and becomes member
 * {@code "XroadVnpt-<key>": value} of a compact JSON object; {@code XroadVnpt-sign-header} carries that JSON text,
 * {@code XroadVnpt-sign-header-key} the keys joined by {@code ;}, {@code XroadVnpt-hash-header} the lower-case hex
 * HMAC-SHA256 of the text's UTF-8 bytes under the system's secret (its UTF-8 bytes).
 *
 * <p>Verification never re-renders: the SDK's map is a HashMap, so the member order is arbitrary. The HMAC is
 * taken over the bytes of {@code XroadVnpt-sign-header} as received and compared in constant time; then every
 * member must equal a value of the header it names (so an unsigned or altered header is refused), the key list must
 * name exactly the members, the required keys must be signed, and the timestamp must parse
 * ({@link VdxpTimestamp}) and, when the policy sets a window, be that close to the receiver's clock. Parameters are
 * then read from the signed members only ({@link Verified}).
 */
public final class VdxpSignature {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private VdxpSignature() {
    }

    /** A signed request's headers in the order they are sent. */
    public record SignedHeaders(List<Map.Entry<String, String>> headers) {

        /** The first value of header {@code name}, matched case-insensitively. */
        public Optional<String> value(String name) {
            return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                    .findFirst();
        }
    }

    /** Headers as a server received them: every value of a name, matched case-insensitively. */
    @FunctionalInterface
    public interface ReceivedHeaders {
        List<String> values(String name);
    }

    /**
     * What a receiver demands beyond a valid HMAC.
     *
     * @param requiredKeys keys that must be among the signed ones (matched case-insensitively)
     * @param zone the zone the sender's timestamps are written in
     * @param maxAge the freshness window around the receiver's clock; {@code null} for none
     */
    public record Policy(List<String> requiredKeys, ZoneId zone, Duration maxAge, Clock clock) {
    }

    /** A request whose signature held: the system, its timestamp and the signed entries (prefix removed). */
    public record Verified(String systemId, Instant timestamp, Map<String, String> signed) {

        /** The first of {@code keys} that was signed with exactly that case, else the first matched ignoring case. */
        public Optional<String> value(String... keys) {
            return lookup(signed, keys);
        }
    }

    /** Signs the request's map under {@code secret}: its headers, in the SDK's order. */
    public static SignedHeaders sign(Map<String, String> entries, String secret) {
        ObjectNode json = JSON.createObjectNode();
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        StringJoiner keys = new StringJoiner(";");
        entries.forEach((key, value) -> {
            if (VdxpHeaders.CONTENT_TYPE.equals(key)) {
                headers.add(header(key, value));
            }
            headers.add(header(VdxpHeaders.header(key), value));
            json.put(VdxpHeaders.header(key), value);
            keys.add(key);
        });
        String text = json.toString();
        headers.add(header(VdxpHeaders.SIGN_HEADER_KEY, keys.toString()));
        headers.add(header(VdxpHeaders.SIGN_HEADER, text));
        headers.add(header(VdxpHeaders.HASH_HEADER, hmacHex(text.getBytes(StandardCharsets.UTF_8), secret)));
        headers.add(header("User-Agent", VdxpHeaders.USER_AGENT_VALUE));
        headers.add(header(VdxpHeaders.VERSION, VdxpHeaders.VERSION_VALUE));
        return new SignedHeaders(List.copyOf(headers));
    }

    /** Lower-case hex HMAC-SHA256 of {@code bytes} under the UTF-8 bytes of {@code secret}. */
    public static String hmacHex(byte[] bytes, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /**
     * Checks a received request, in the order of the class comment; {@code secrets} gives the secret of a system
     * id, empty for an unknown system.
     *
     * @throws VdxpRefusal naming the header, the rule and the value that failed
     */
    public static Verified verify(ReceivedHeaders received, Function<String, Optional<String>> secrets, Policy policy) {
        byte[] signHeader = raw(single(received, VdxpHeaders.SIGN_HEADER));
        String keyList = text(single(received, VdxpHeaders.SIGN_HEADER_KEY));
        String hash = single(received, VdxpHeaders.HASH_HEADER);
        String systemId = text(single(received, VdxpHeaders.header(VdxpHeaders.SYSTEM_ID))).strip();
        String secret = secrets.apply(systemId).orElseThrow(() -> VdxpRefusal.of(VdxpErrorCode.UNKNOWN_SYSTEM,
                VdxpHeaders.header(VdxpHeaders.SYSTEM_ID), "registered-system", systemId));
        if (!sameHmac(hmacHex(signHeader, secret), hash)) {
            throw VdxpRefusal.of(VdxpErrorCode.INVALID_SIGNATURE, VdxpHeaders.HASH_HEADER,
                    "hmac-sha256 of " + VdxpHeaders.SIGN_HEADER + " under the secret of system " + systemId, hash);
        }
        Map<String, String> signed = members(new String(signHeader, StandardCharsets.UTF_8));
        requireSent(received, signed);
        requireKeyList(keyList, signed);
        for (String key : policy.requiredKeys()) {
            if (signed.keySet().stream().noneMatch(key::equalsIgnoreCase)) {
                throw VdxpRefusal.of(VdxpErrorCode.INVALID_HEADER, VdxpHeaders.header(key), "required-signed-key",
                        null);
            }
        }
        return new Verified(systemId, timestamp(signed, policy), Collections.unmodifiableMap(signed));
    }

    private static Instant timestamp(Map<String, String> signed, Policy policy) {
        String element = VdxpHeaders.header(VdxpHeaders.TIMESTAMP);
        String text = lookup(signed, VdxpHeaders.TIMESTAMP).orElseThrow(() ->
                VdxpRefusal.of(VdxpErrorCode.INVALID_HEADER, element, "required-signed-key", null));
        Instant at;
        try {
            at = VdxpTimestamp.parse(text.strip(), policy.zone());
        } catch (IllegalArgumentException e) {
            throw VdxpRefusal.of(VdxpErrorCode.INVALID_HEADER, element, "timestamp-format: " + e.getMessage(), text);
        }
        if (policy.maxAge() != null
                && Duration.between(at, policy.clock().instant()).abs().compareTo(policy.maxAge()) > 0) {
            throw VdxpRefusal.of(VdxpErrorCode.STALE_TIMESTAMP, element, "within " + policy.maxAge()
                    + " of the receiver's clock (" + VdxpTimestamp.format(policy.clock().instant(), policy.zone())
                    + ")", text);
        }
        return at;
    }

    /** The signed JSON's members in their received order, each a {@code XroadVnpt-} name with a text value. */
    private static Map<String, String> members(String text) {
        JsonNode json;
        try {
            json = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw VdxpRefusal.of(VdxpErrorCode.INVALID_HEADER, VdxpHeaders.SIGN_HEADER,
                    "json-object: " + e.getOriginalMessage(), text);
        }
        if (json == null || !json.isObject()) {
            throw VdxpRefusal.of(VdxpErrorCode.INVALID_HEADER, VdxpHeaders.SIGN_HEADER, "json-object", text);
        }
        Map<String, String> members = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> member : json.properties()) {
            String name = member.getKey();
            if (!name.startsWith(VdxpHeaders.PREFIX) || !member.getValue().isTextual()) {
                throw VdxpRefusal.of(VdxpErrorCode.INVALID_HEADER, VdxpHeaders.SIGN_HEADER,
                        "members-are-XroadVnpt-texts", name);
            }
            members.put(name.substring(VdxpHeaders.PREFIX.length()), member.getValue().asText());
        }
        return members;
    }

    private static Optional<String> lookup(Map<String, String> signed, String... keys) {
        for (String key : keys) {
            if (signed.containsKey(key)) {
                return Optional.of(signed.get(key));
            }
        }
        for (String key : keys) {
            Optional<String> any = signed.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(key))
                    .map(Map.Entry::getValue).findFirst();
            if (any.isPresent()) {
                return any;
            }
        }
        return Optional.empty();
    }

    /**
     * Every signed member must have been sent as its header, and every value of that header must be signed. Keys
     * that differ only in case ({@code docId} and {@code docid}, which the SDK's map keeps from one call to the
     * next) name one HTTP header: the SDK's HttpURLConnection (sendEdoc) keeps one of them, so such a group needs
     * one of its values sent, and nothing else.
     */
    private static void requireSent(ReceivedHeaders received, Map<String, String> signed) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        signed.forEach((key, value) -> groups.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                .add(value.strip()));
        signed.keySet().stream().filter(key -> groups.containsKey(key.toLowerCase(Locale.ROOT))).forEach(key -> {
            List<String> members = groups.remove(key.toLowerCase(Locale.ROOT));
            List<String> sent = received.values(VdxpHeaders.header(key));
            List<String> texts = sent == null ? List.of()
                    : sent.stream().map(VdxpSignature::text).map(String::strip).toList();
            if (texts.isEmpty() || !members.containsAll(texts)) {
                throw VdxpRefusal.of(VdxpErrorCode.INVALID_HEADER, VdxpHeaders.header(key),
                        "equals-signed-member \"" + members.get(0) + "\"", texts.isEmpty() ? "" : texts.get(0));
            }
        });
    }

    private static void requireKeyList(String keyList, Map<String, String> signed) {
        List<String> keys = List.of(keyList.strip().split(";", -1));
        if (keys.size() != signed.size() || !signed.keySet().containsAll(keys)) {
            throw VdxpRefusal.of(VdxpErrorCode.INVALID_HEADER, VdxpHeaders.SIGN_HEADER_KEY,
                    "names-the-signed-members " + String.join(";", signed.keySet()), keyList);
        }
    }

    private static boolean sameHmac(String expectedHex, String presentedHex) {
        try {
            return MessageDigest.isEqual(HexFormat.of().parseHex(expectedHex),
                    HexFormat.of().parseHex(presentedHex.strip()));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
    }

    private static String single(ReceivedHeaders received, String name) {
        List<String> values = received.values(name);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            throw VdxpRefusal.of(VdxpErrorCode.INVALID_HEADER, name, "required-header", null);
        }
        if (values.size() > 1) {
            throw VdxpRefusal.of(VdxpErrorCode.INVALID_HEADER, name, "sent-once", values.get(1));
        }
        return values.get(0);
    }

    /**
     * The bytes a header arrived as. Servers decode header bytes as ISO-8859-1, so that mapping gives them back;
     * a value holding a character above U+00FF was decoded as UTF-8 and is encoded so again.
     */
    static byte[] raw(String headerValue) {
        boolean decodedAsUtf8 = headerValue.chars().anyMatch(c -> c > 0xFF);
        return headerValue.getBytes(decodedAsUtf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    }

    /** The text a header carried, read as UTF-8 from the bytes it arrived as. */
    static String text(String headerValue) {
        return new String(raw(headerValue), StandardCharsets.UTF_8);
    }

    private static Map.Entry<String, String> header(String name, String value) {
        return new AbstractMap.SimpleImmutableEntry<>(name, value);
    }
}
